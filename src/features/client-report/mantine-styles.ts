/** Mantine components the report page adds to the first route's (src/app/mantine-styles.ts), in Mantine's order. */
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Switch.css';
