/**
 * The IIFE build's registry of the modules its parts share (see scripts/iife-parts.ts). In the `--mode iife`
 * build this file's content is generated: it imports each module the parts in `cdn/iife/` use from the
 * package's own code (the data model, the guards, the sync queue, ...) and publishes them under
 * `globalThis[Symbol.for('crm-widgets:iife-modules@1')]`, so a part fetched later uses the IIFE's instances:
 * one `ValidationError` class, one `GuardError`, one store, never a second copy. In any other build it is empty.
 */
export {};
