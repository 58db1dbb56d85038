/**
 * The CSS of the Mantine components the list loads later (the "More filters" panel): with that
 * chunk, so the first route's CSS does not grow (src/app/mantine-styles.ts has the rest).
 */
import '@mantine/core/styles/Checkbox.css';
