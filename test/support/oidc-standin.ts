/**
 * A stand-in for the GitHub Actions OIDC token endpoint: what ACTIONS_ID_TOKEN_REQUEST_URL points at.
 * GET <url>&audience=<aud> with `Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>` answers
 * `{"value": "<jwt>"}`; the JWT carries GitHub's claims (iss, aud, sub, repository, ref, ...) and a dummy
 * signature (the AWS stand-in reads the claims without verifying). Listens on 127.0.0.1, random port.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface OidcRequest {
  audience: string | null;
  authorized: boolean;
}

export class OidcStandin {
  /** The bearer token the runner hands the job. */
  readonly requestToken = `oidc-request-${randomBytes(8).toString('hex')}`;
  /** Subject claim of the tokens issued. */
  subject = 'repo:octo-org/connect-policies:ref:refs/heads/main';
  readonly requests: OidcRequest[] = [];
  /** Every JWT handed out, in order. */
  readonly issued: string[] = [];
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const authorized = req.headers['authorization'] === `Bearer ${this.requestToken}`;
      const audience = url.searchParams.get('audience');
      this.requests.push({ audience, authorized });
      if (!authorized) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Bad credentials' }));
        return;
      }
      const token = this.jwt(audience ?? 'https://github.com/octo-org');
      this.issued.push(token);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ count: 1, value: token }));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    // Like the runner's URL, it already has a query string.
    this.url = `http://127.0.0.1:${port}/_apis/distributedtask/token?api-version=2.0`;
  }

  async stop(): Promise<void> {
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** The variables the runner sets when the job has `id-token: write`. */
  env(): Record<string, string> {
    return { ACTIONS_ID_TOKEN_REQUEST_URL: this.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.requestToken };
  }

  jwt(audience: string): string {
    const now = Math.floor(Date.now() / 1000);
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const [owner, repo] = ['octo-org', 'connect-policies'];
    return [
      enc({ alg: 'RS256', typ: 'JWT', kid: 'standin' }),
      enc({
        iss: 'https://token.actions.githubusercontent.com',
        aud: audience,
        sub: this.subject,
        repository: `${owner}/${repo}`,
        repository_owner: owner,
        ref: 'refs/heads/main',
        jti: randomBytes(8).toString('hex'),
        iat: now,
        nbf: now - 5,
        exp: now + 300,
      }),
      randomBytes(32).toString('base64url'),
    ].join('.');
  }
}
