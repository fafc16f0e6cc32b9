import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/** Gateway opcodes the fake speaks (https://discord.com/developers/docs/topics/opcodes-and-status-codes). */
const op = {
  dispatch: 0,
  heartbeat: 1,
  identify: 2,
  resume: 6,
  hello: 10,
  heartbeatAck: 11,
} as const;

export interface GatewayIdentity {
  applicationId: string;
  botUserId: string;
  guilds: () => Record<string, unknown>[];
}

/**
 * A Discord gateway over `ws` on the fake's HTTP server: HELLO, IDENTIFY → READY + one
 * GUILD_CREATE per guild, RESUME → RESUMED, HEARTBEAT → HEARTBEAT_ACK, then dispatches with
 * increasing sequence numbers. Records identifies, resumes and heartbeats.
 */
export class FakeDiscordGateway {
  readonly identifies: Record<string, unknown>[] = [];
  readonly resumes: Record<string, unknown>[] = [];
  heartbeats = 0;
  private readonly server = new WebSocketServer({ noServer: true });
  private socket: WebSocket | undefined;
  private sequence = 0;
  private readonly sessionId = `session-${Date.now()}`;

  constructor(
    http: Server,
    private readonly identity: GatewayIdentity,
    private readonly url: () => string,
    private readonly heartbeatIntervalMs = 1_000,
  ) {
    http.on('upgrade', (request, socket, head) => {
      this.server.handleUpgrade(request, socket, head, (client) => this.accept(client));
    });
  }

  /** Whether a client is connected and identified or resumed. */
  get connected(): boolean {
    return this.socket !== undefined && this.socket.readyState === this.socket.OPEN;
  }

  dispatch(type: string, data: unknown): void {
    if (this.socket === undefined) throw new Error('no gateway client connected');
    this.sequence += 1;
    this.socket.send(JSON.stringify({ op: op.dispatch, t: type, s: this.sequence, d: data }));
  }

  /** Drops the connection the way a network failure would (no close frame): clients resume. */
  drop(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: WebSocket): void {
    client.send(
      JSON.stringify({
        op: op.hello,
        d: { heartbeat_interval: this.heartbeatIntervalMs },
        s: null,
        t: null,
      }),
    );
    client.on('message', (raw: Buffer) => {
      const payload = JSON.parse(raw.toString('utf8')) as {
        op: number;
        d: Record<string, unknown>;
      };
      if (payload.op === op.heartbeat) {
        this.heartbeats += 1;
        client.send(JSON.stringify({ op: op.heartbeatAck, d: null, s: null, t: null }));
      } else if (payload.op === op.identify) {
        this.identifies.push(payload.d);
        this.socket = client;
        this.ready(payload.d);
      } else if (payload.op === op.resume) {
        this.resumes.push(payload.d);
        this.socket = client;
        this.dispatch('RESUMED', {});
      }
    });
  }

  private ready(identify: Record<string, unknown>): void {
    const guilds = this.identity.guilds();
    this.dispatch('READY', {
      v: 10,
      user: {
        id: this.identity.botUserId,
        username: 'newsbrief',
        discriminator: '0',
        global_name: null,
        avatar: null,
        bot: true,
      },
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: this.sessionId,
      resume_gateway_url: this.url(),
      application: { id: this.identity.applicationId, flags: 0 },
      ...(Array.isArray(identify.shard) ? { shard: identify.shard } : {}),
    });
    for (const guild of guilds) this.dispatch('GUILD_CREATE', guild);
  }
}
