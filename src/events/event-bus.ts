import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import type { Logger } from '../logger';
import type { EventPublisher, GraphEvent } from './graph-events';

/**
 * Publishes graph events and hands subscribers an async iterable per topic. Its `publish` and
 * `subscribe(topic)` are what type-graphql's `PubSub` asks of the bus its @Subscription
 * resolvers listen on.
 */
export interface EventBus extends EventPublisher {
  subscribe(topic: string): AsyncIterable<unknown>;
  /** Ends every subscription's source and, for Redis, the connections. */
  close(): Promise<void>;
}

/**
 * An event bus over a graphql-subscriptions engine: the in-process `PubSub`, or `RedisPubSub`
 * so that every API replica sees the events of all.
 */
class EngineEventBus implements EventBus {
  constructor(
    private readonly engine: PubSubEngine,
    private readonly logger: Logger,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {}

  publish(event: GraphEvent): void {
    // Asynchronous and caught: the write has committed; a bus that is down loses the
    // announcement (logged), never the write nor the client's answer.
    this.engine.publish(event.topic, event.payload).catch((error: unknown) => {
      this.logger.error({ err: error, topic: event.topic }, 'could not publish a graph event');
    });
  }

  subscribe(topic: string): AsyncIterable<unknown> {
    return this.engine.asyncIterableIterator(topic);
  }

  close(): Promise<void> {
    return this.onClose();
  }
}

/**
 * The bus as type-graphql's `PubSub` (topic and payload apart), for its @Subscription resolvers
 * to listen on. Structural, so this module needs nothing from the GraphQL layer.
 */
export function pubSubOf(bus: EventBus): { publish(topic: string, payload: unknown): void; subscribe(topic: string): AsyncIterable<unknown> } {
  return {
    publish: (topic, payload) => bus.publish({ topic, payload } as GraphEvent),
    subscribe: (topic) => bus.subscribe(topic),
  };
}

/** Events stay in this process: enough for one API server. */
export function inProcessEventBus(logger: Logger): EventBus {
  return new EngineEventBus(new PubSub(), logger);
}

/**
 * Events go through Redis publish/subscribe, so a client subscribed on one replica hears of a
 * write made through another. Two connections, as Redis requires: one in subscriber mode.
 */
export function redisEventBus(url: string, logger: Logger): EventBus {
  const connect = (role: string) => {
    const client = new Redis(url, { maxRetriesPerRequest: 1 });
    client.on('error', (error: Error) => logger.warn({ err: error, role }, `Redis event bus: ${error.message}`));
    return client;
  };
  const publisher = connect('publisher');
  const subscriber = connect('subscriber');
  const engine = new RedisPubSub({ publisher, subscriber });
  return new EngineEventBus(engine, logger, async () => {
    await engine.close();
  });
}

/** The bus the settings ask for: Redis when REDIS_URL is set, in-process otherwise. */
export function createEventBus(redisUrl: string | undefined, logger: Logger): EventBus {
  return redisUrl ? redisEventBus(redisUrl, logger) : inProcessEventBus(logger);
}
