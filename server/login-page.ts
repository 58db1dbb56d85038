import { html } from 'hono/html';

/** A plain server-rendered form: works without JavaScript and needs no inline script. */
export function loginPage(error?: string) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>Sign in · Inbox placement</title>
        <style>
          body { font-family: system-ui, sans-serif; display: grid; place-items: center; min-height: 100vh; margin: 0; }
          form { display: grid; gap: 0.75rem; width: min(22rem, 90vw); }
          input, button { font: inherit; padding: 0.6rem 0.75rem; border-radius: 8px; border: 1px solid #868e96; }
          button { background: #1971c2; color: #fff; border: 0; cursor: pointer; }
          p[role='alert'] { color: #c92a2a; margin: 0; }
        </style>
      </head>
      <body>
        <main>
          <form method="post" action="/login">
            <h1>Inbox placement dashboard</h1>
            ${error ? html`<p role="alert">${error}</p>` : ''}
            <label for="password">Dashboard password</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required autofocus />
            <button type="submit">Sign in</button>
          </form>
        </main>
      </body>
    </html>`;
}
