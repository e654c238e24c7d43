/** Python `datetime.strftime` for the directives policies use, on UTC dates (spec filters.md §1.5). */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function dayOfYear(d: Date): number {
  return (
    Math.floor(
      (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) /
        86400000,
    ) + 1
  );
}

/** `micro` carries the microseconds a JS Date cannot hold (0..999999). */
export function strftime(date: Date, spec: string, micro = date.getUTCMilliseconds() * 1000): string {
  return spec.replace(/%([a-zA-Z%])/g, (whole, d: string) => {
    switch (d) {
      case 'Y':
        return String(date.getUTCFullYear());
      case 'y':
        return pad(date.getUTCFullYear() % 100);
      case 'm':
        return pad(date.getUTCMonth() + 1);
      case 'd':
        return pad(date.getUTCDate());
      case 'H':
        return pad(date.getUTCHours());
      case 'I':
        return pad(((date.getUTCHours() + 11) % 12) + 1);
      case 'p':
        return date.getUTCHours() < 12 ? 'AM' : 'PM';
      case 'M':
        return pad(date.getUTCMinutes());
      case 'S':
        return pad(date.getUTCSeconds());
      case 'f':
        return pad(micro, 6);
      case 'j':
        return pad(dayOfYear(date), 3);
      case 'a':
        return DAYS[date.getUTCDay()]!.slice(0, 3);
      case 'A':
        return DAYS[date.getUTCDay()]!;
      case 'b':
        return MONTHS[date.getUTCMonth()]!.slice(0, 3);
      case 'B':
        return MONTHS[date.getUTCMonth()]!;
      case 'w':
        return String(date.getUTCDay());
      case 'z':
      case 'Z':
        return ''; // naive datetime: Python prints nothing for %z/%Z
      case '%':
        return '%';
      default:
        return whole;
    }
  });
}
