/** Mantine components the compare page adds to the first route's (src/app/mantine-styles.ts), in Mantine's order. */
import '@mantine/core/styles/List.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Table.css';
