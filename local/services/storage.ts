/** PropertiesService and CacheService: in-memory key/value stores per document, user and script. */
import { Exposed } from '../instrument';

type Properties = GoogleAppsScript.Properties.Properties;

export class LocalProperties extends Exposed implements Pick<Properties, 'getProperty' | 'setProperty' | 'getProperties' | 'setProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'> {
  readonly gasClass = 'Properties';
  readonly values = new Map<string, string>();
  private self(): Properties {
    return this as unknown as Properties;
  }
  getProperty(key: string): string | null { return this.values.get(key) ?? null; }
  setProperty(key: string, value: string): Properties {
    this.values.set(key, String(value));
    return this.self();
  }
  getProperties(): { [key: string]: string } { return Object.fromEntries(this.values); }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): Properties {
    if (deleteAllOthers) this.values.clear();
    for (const [key, value] of Object.entries(properties)) this.values.set(key, String(value));
    return this.self();
  }
  deleteProperty(key: string): Properties {
    this.values.delete(key);
    return this.self();
  }
  deleteAllProperties(): Properties {
    this.values.clear();
    return this.self();
  }
  getKeys(): string[] { return [...this.values.keys()]; }
}

export class LocalPropertiesService extends Exposed implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties' | 'getUserProperties' | 'getScriptProperties'> {
  readonly gasClass = 'PropertiesService';
  readonly document = new LocalProperties();
  readonly user = new LocalProperties();
  readonly script = new LocalProperties();
  getDocumentProperties(): Properties { return this.document as unknown as Properties; }
  getUserProperties(): Properties { return this.user as unknown as Properties; }
  getScriptProperties(): Properties { return this.script as unknown as Properties; }
}

/** A cache that never expires on its own: no time passes in a local run. */
export class LocalCache extends Exposed implements Pick<GoogleAppsScript.Cache.Cache, 'get' | 'put' | 'remove' | 'getAll' | 'putAll' | 'removeAll'> {
  readonly gasClass = 'Cache';
  private readonly values = new Map<string, string>();
  get(key: string): string | null { return this.values.get(key) ?? null; }
  put(key: string, value: string): void {
    if (value.length > 100 * 1024) throw new Error('Argument too large: value');
    this.values.set(key, value);
  }
  remove(key: string): void { this.values.delete(key); }
  getAll(keys: string[]): { [key: string]: string } {
    return Object.fromEntries(keys.filter((k) => this.values.has(k)).map((k) => [k, this.values.get(k)!]));
  }
  putAll(values: { [key: string]: string }): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value);
  }
  removeAll(keys: string[]): void {
    keys.forEach((k) => this.values.delete(k));
  }
}

export class LocalCacheService extends Exposed implements Pick<GoogleAppsScript.Cache.CacheService, 'getDocumentCache' | 'getUserCache' | 'getScriptCache'> {
  readonly gasClass = 'CacheService';
  private readonly document = new LocalCache();
  private readonly user = new LocalCache();
  private readonly script = new LocalCache();
  getDocumentCache(): GoogleAppsScript.Cache.Cache { return this.document as unknown as GoogleAppsScript.Cache.Cache; }
  getUserCache(): GoogleAppsScript.Cache.Cache { return this.user as unknown as GoogleAppsScript.Cache.Cache; }
  getScriptCache(): GoogleAppsScript.Cache.Cache { return this.script as unknown as GoogleAppsScript.Cache.Cache; }
}
