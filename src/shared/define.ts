import {VERSION} from './version.js';

/** A constructor that may carry the package version it was built from. */
export type VersionedConstructor = CustomElementConstructor & {version?: string};

/**
 * Registers `tag` once. A page may load the bundle twice (two plugins, a CDN copy and a
 * self-hosted one): the same version is skipped silently, a different version warns and keeps
 * the first definition. Never throws, so the host page keeps working.
 * @returns whether this call registered the tag.
 */
export function defineElement(
  tag: string,
  ctor: VersionedConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): boolean {
  if (!registry) return false;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== (ctor.version ?? VERSION)) {
      console.warn(
        `meso-widgets: <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
          `version ${ctor.version ?? VERSION} was not registered. Load one copy of meso-widgets per page.`,
      );
    }
    return false;
  }
  try {
    registry.define(tag, ctor);
    return true;
  } catch (error) {
    console.warn(`meso-widgets: <${tag}> could not be defined.`, error);
    return false;
  }
}
