/** Mantine components the Senders, Domains and sender pages add to the first route's (src/app/mantine-styles.ts), in Mantine's order. */
import '@mantine/core/styles/ColorSwatch.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/Progress.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Table.css';
