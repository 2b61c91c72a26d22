import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";

/**
 * A real SMTP server for the tests (the `smtp-server` package) on a local
 * port: it receives what the app's SMTP transport sends, parses each message
 * back with `mailparser`, and can demand TLS and a sign-in or refuse an
 * address with a 5xx, as a provider does.
 */
export type ReceivedMail = {
  parsed: ParsedMail;
  envelopeTo: string[];
  /** The signed-in user, and whether the connection was encrypted. */
  user: string | undefined;
  secure: boolean;
};

export type TestCertificate = { key: string; cert: string; dir: string };

/** A self-signed certificate for 127.0.0.1 and localhost, made by the openssl CLI. */
export function selfSignedCertificate(): TestCertificate {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "parcours-smtp-tls-"));
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  return {
    key: fs.readFileSync(path.join(dir, "key.pem"), "utf8"),
    cert: fs.readFileSync(path.join(dir, "cert.pem"), "utf8"),
    dir,
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export type SmtpTestServer = {
  port: number;
  received: ReceivedMail[];
  close: () => Promise<void>;
};

export async function startSmtpServer(options: {
  port?: number;
  /** Implicit TLS (smtps) with this certificate. */
  tls?: TestCertificate;
  /** Demands a sign-in with these credentials. */
  auth?: { user: string; pass: string };
  /** Addresses answered "550 5.1.1" at RCPT TO. */
  unknownAddresses?: string[];
}): Promise<SmtpTestServer> {
  const port = options.port ?? (await freePort());
  const received: ReceivedMail[] = [];
  const config: SMTPServerOptions = {
    secure: Boolean(options.tls),
    key: options.tls?.key,
    cert: options.tls?.cert,
    authOptional: !options.auth,
    // Without a certificate of ours, no STARTTLS: smtp-server's built-in one is refused by Node.
    disabledCommands: [...(options.auth ? [] : ["AUTH"]), ...(options.tls ? [] : ["STARTTLS"])],
    allowInsecureAuth: !options.tls,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.auth?.user && auth.password === options.auth?.pass) {
        callback(null, { user: auth.username });
      } else {
        callback(Object.assign(new Error("Identifiants refusés"), { responseCode: 535 }));
      }
    },
    onRcptTo(address, _session, callback) {
      if (options.unknownAddresses?.includes(address.address)) {
        callback(
          Object.assign(new Error(`5.1.1 <${address.address}>: adresse inconnue`), {
            responseCode: 550,
          }),
        );
      } else {
        callback();
      }
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          received.push({
            parsed,
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            user: session.user as string | undefined,
            secure: session.secure,
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  };
  const server = new SMTPServer(config);
  // A client that gives up mid-handshake (a certificate it refuses) is the test's point, not a failure.
  server.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
