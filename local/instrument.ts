/**
 * Service-call counting and the "not implemented" guard of the local runtime.
 *
 * Every object the bundle can reach (SpreadsheetApp, a Sheet, a Range, a Lock…) is handed
 * out as a Proxy around a plain implementation object:
 * - each method call from the bundle is counted once, as `Class.method`, in the
 *   runtime's {@link CallLog} (calls the runtime makes internally are not counted: it works
 *   on the plain objects, never the proxies);
 * - reading a member the implementation lacks throws
 *   `not implemented in the local runtime: Class.member`, so a call the runtime does not
 *   emulate fails loudly instead of doing nothing.
 */

export class CallLog {
  /** Every call in order, as `Class.method`. */
  readonly calls: string[] = [];

  record(name: string): void {
    this.calls.push(name);
  }

  get count(): number {
    return this.calls.length;
  }

  /** How many calls each `Class.method` received. */
  byMethod(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const call of this.calls) counts[call] = (counts[call] ?? 0) + 1;
    return counts;
  }

  reset(): void {
    this.calls.length = 0;
  }
}

export function notImplemented(member: string): Error {
  return new Error(`not implemented in the local runtime: ${member}`);
}

/**
 * Members that JavaScript itself, Node's inspector or jest read from any object (to print
 * it, await it, serialise it); absent ones answer `undefined` instead of throwing.
 */
const INTROSPECTION = new Set(['then', 'toJSON', 'constructor', 'asymmetricMatch', 'nodeType', '$$typeof', 'inspect', 'toString', 'valueOf', 'tagName', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@', '_isMockFunction', 'prototype']);

/** A runtime object the bundle may hold: handed out through a proxy named `gasClass`. */
export abstract class Exposed {
  abstract readonly gasClass: string;
}

/** Hands out proxies and maps them back, so the runtime always works on the plain objects. */
export class Instrumentation {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(readonly log: CallLog) {}

  /** The counted, guarded face of `target`, named `className` in the log and in errors. */
  expose<T extends object>(target: T, className: string): T {
    const existing = this.proxies.get(target);
    if (existing) return existing as T;
    const methods = new Map<PropertyKey, (...args: unknown[]) => unknown>();
    const proxy = new Proxy(target, {
      get: (obj, prop) => {
        if (typeof prop === 'symbol') return Reflect.get(obj, prop);
        if (!(prop in obj)) {
          if (INTROSPECTION.has(prop)) return undefined;
          throw notImplemented(`${className}.${prop}`);
        }
        const value = Reflect.get(obj, prop, obj);
        if (typeof value !== 'function' || prop === 'constructor') return this.outgoing(value);
        let method = methods.get(prop);
        if (!method) {
          method = (...args: unknown[]) => {
            this.log.record(`${className}.${prop}`);
            return this.outgoing(value.apply(obj, args.map((arg) => this.incoming(arg))));
          };
          methods.set(prop, method);
        }
        return method;
      },
      set: (_obj, prop) => {
        throw notImplemented(`${className}.${String(prop)} (assignment)`);
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  /**
   * An argument from the bundle: a proxy becomes its plain object, and arrays, dates and
   * plain objects are copied into this realm. The bundle runs in its own vm context, so its arrays and
   * dates fail `instanceof Array`/`instanceof Date` here (HyperFormula and ExcelJS rely on
   * those checks); Apps Script, too, receives plain data, never the script's objects.
   */
  incoming(value: unknown): unknown {
    if (value && typeof value === 'object') {
      const target = this.targets.get(value);
      if (target) return target;
      if (Array.isArray(value)) return Array.from(value, (item) => this.incoming(item));
      if (!(value instanceof Date) && Object.prototype.toString.call(value) === '[object Date]') {
        return new Date((value as Date).getTime());
      }
      // A plain object (options such as insertSheet's {template: sheet}): its values too.
      const proto = Object.getPrototypeOf(value);
      if (proto === null || Object.getPrototypeOf(proto) === null) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.incoming(item)]));
      }
    }
    return value;
  }

  /** A result for the bundle: a plain object that has a proxy is replaced by it. */
  outgoing(value: unknown): unknown {
    if (value && typeof value === 'object') {
      if (value instanceof Exposed) return this.expose(value, value.gasClass);
      if (Array.isArray(value) && value.length > 0 && value[0] instanceof Exposed) {
        return value.map((item) => this.outgoing(item));
      }
    }
    return value;
  }
}
