// Writes src/app/theme-stylesheet.css from the theme (ADR 025); its test fails while it is stale.
import { writeFileSync } from 'node:fs';
import { themeStylesheet } from '../src/app/theme-stylesheet';

const file = new URL('../src/app/theme-stylesheet.css', import.meta.url);
writeFileSync(file, themeStylesheet());
console.log(`wrote ${file.pathname}`);
