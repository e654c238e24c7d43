/** Bits of the AWS wire protocols that several stand-ins speak. */

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The error body of the AWS query protocol (STS, SNS, IAM): Sender for 4xx, Receiver for 5xx. */
export function queryErrorXml(
  namespace: string,
  status: number,
  code: string,
  message: string,
  requestId: string,
): string {
  return (
    `<ErrorResponse xmlns="${namespace}"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type>` +
    `<Code>${xmlEscape(code)}</Code><Message>${xmlEscape(message)}</Message></Error>` +
    `<RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}
