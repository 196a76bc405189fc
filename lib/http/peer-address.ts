/**
 * Next.js gives route handlers no socket address, and the X-Forwarded-For it passes on is whatever
 * the client sent. So at server start we stamp every incoming request with the address of the TCP
 * peer in a header of our own, overwriting any value a client sent. lib/http/client-address.ts reads it.
 */
import http from "node:http";

export const PEER_HEADER = "x-untrain-peer";

type Emit = http.Server["emit"];
const marker = Symbol.for("untrain.peerAddress");

export function recordPeerAddresses(): void {
  const proto = http.Server.prototype as http.Server & { [marker]?: true };
  if (proto[marker]) return;
  proto[marker] = true;
  const original: Emit = proto.emit;
  proto.emit = function emit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return original.apply(this, [event, ...args] as Parameters<Emit>);
  } as Emit;
}
