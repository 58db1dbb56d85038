import { act } from '@testing-library/react';
import { useId as mantineOwnUseId } from '@mantine/hooks';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useId } from './mantine-use-id';

type UseId = (staticId?: string) => string;

/** A labelled field drawn on the server, then taken over in the browser: its ids and its renders. */
async function takeOver(hook: UseId) {
  let renders = 0;
  function Field({ staticId }: { staticId?: string }) {
    renders += 1;
    const id = hook(staticId);
    return (
      <p>
        <label htmlFor={id}>Search</label>
        <input id={id} />
      </p>
    );
  }
  const tree = (
    <div>
      <Field />
      <Field staticId="per-page" />
    </div>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(tree);
  const drawn = [...container.querySelectorAll('input')].map((input) => input.id);
  renders = 0;
  const errors: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, tree, { onRecoverableError: (error) => errors.push(error) });
  });
  const ids = [...container.querySelectorAll('input')].map((input) => input.id);
  const labels = [...container.querySelectorAll('label')].map((label) => label.htmlFor);
  return { drawn, ids, labels, renders, errors };
}

describe('the useId that replaces Mantine’s in the build', () => {
  it('keeps the ids the server drew and renders each field once when the page is taken over', async () => {
    const { drawn, ids, labels, renders, errors } = await takeOver(useId);
    expect(ids).toEqual(drawn);
    expect(labels).toEqual(drawn);
    expect(ids[0]).toMatch(/^mantine-/);
    expect(ids[1]).toBe('per-page');
    expect(renders).toBe(2);
    expect(errors).toEqual([]);
  });

  it('draws on the server exactly what Mantine’s own draws, so the server (which runs Mantine’s) and the browser agree', () => {
    const drawWith = (hook: UseId) => {
      function Field() {
        return <input id={hook()} />;
      }
      return renderToString(
        <div>
          <Field />
          <Field />
        </div>,
      );
    };
    const ours = drawWith(useId);
    expect(ours).toMatch(/id="mantine-[^"]+"/);
    expect(ours).toBe(drawWith(mantineOwnUseId));
  });

  it('is what the build replaces: Mantine’s own swaps its ids after mounting and renders every field twice', async () => {
    const { drawn, ids, renders } = await takeOver(mantineOwnUseId);
    expect(ids[0]).not.toBe(drawn[0]);
    expect(renders).toBe(4);
  });
});
