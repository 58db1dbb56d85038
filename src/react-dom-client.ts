/**
 * React DOM's browser entry, in a chunk of its own (`vite.config.ts`). Re-exported from a module
 * of ours so that its CommonJS code runs when that chunk is evaluated, in a task of its own (the
 * loader imports the chunks one per task, ADR 026), instead of inside the entry's evaluation.
 */
export { createRoot, hydrateRoot } from 'react-dom/client';
