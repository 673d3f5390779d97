/**
 * The web doors: the embeddable widget (`GET /widget.js`), the demo page (`GET /`), the
 * staff console (`GET /console`, its login and assets) and the console's clause listing
 * (`GET /api/clauses`). Every asset is a string from `core/web`, so this runs on Workers too.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../app.js';
import type { AppDeps } from '../deps.js';
import { ApiError, fromZodError } from '../errors.js';
import { createRouter, register, validationHook } from '../router.js';
import {
  ClausesQuerySchema,
  clausesRoute,
  consoleCssRoute,
  consoleJsRoute,
  consoleRoute,
  demoRoute,
  loginRoute,
  logoutRoute,
  widgetRoute,
} from './web-routes.js';
import { CONSOLE_COOKIE, consoleAccess, createConsoleSessions, tokenMatches } from '../../web/console-auth.js';
import { authThrottleFor } from '../middleware/auth-throttle.js';
import { renderConsolePage, renderLoginPage } from '../../web/console-page.js';
import { CONSOLE_JS } from '../../web/console-script.js';
import { CONSOLE_CSS } from '../../web/console-style.js';
import { renderDemoPage } from '../../web/demo-page.js';
import { renderWidgetScript } from '../../web/widget-script.js';

/** Short enough that a fixed widget reaches every host page within minutes. */
const ASSET_CACHE = 'public, max-age=300';

/**
 * The public origin of this service as the browser sees it: the Host it asked for, and the
 * scheme a TLS-terminating proxy reports. (X-Forwarded-Host is not trusted: a cached demo
 * page must never point its script tag at a host a client made up.)
 */
function publicOrigin(c: Context): string {
  const url = new URL(c.req.url);
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : url.protocol.replace(':', '');
  const host = c.req.header('host') || url.host;
  return `${proto}://${host}`;
}

function text(c: Context, body: string, type: string, status: 200 | 401 = 200): Response {
  return c.body(body, status, { 'Content-Type': `${type}; charset=utf-8` });
}

export function webRoutes(deps: AppDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  const token = deps.config.CONSOLE_TOKEN;
  const hotline = deps.config.HOTLINE;
  const widget = renderWidgetScript(hotline ? { hotline } : {});
  const sessions = createConsoleSessions(deps.db, { hours: deps.config.CONSOLE_SESSION_HOURS, ...(deps.now ? { now: deps.now } : {}) });
  const throttle = authThrottleFor(deps);
  /** True when the request may use the console; a wrong bearer token counts as a failed guess. */
  const authorized = async (c: Context): Promise<boolean> => {
    const access = await consoleAccess(c, token, sessions);
    if (access === 'wrong-token') {
      await throttle.check(c);
      await throttle.fail(c, 'console token');
    }
    return access === 'open' || access === 'ok';
  };

  register(app, widgetRoute, (c) => {
    c.header('Cache-Control', ASSET_CACHE);
    return text(c, widget, 'application/javascript');
  });

  register(app, demoRoute, (c) => {
    c.header('Cache-Control', 'no-cache');
    const origin = deps.config.PUBLIC_URL;
    return c.html(renderDemoPage({ ...(origin ? { origin } : {}), ...(hotline ? { hotline } : {}) }));
  });

  register(app, consoleJsRoute, (c) => {
    c.header('Cache-Control', ASSET_CACHE);
    return text(c, CONSOLE_JS, 'application/javascript');
  });
  register(app, consoleCssRoute, (c) => {
    c.header('Cache-Control', ASSET_CACHE);
    return text(c, CONSOLE_CSS, 'text/css');
  });

  register(app, consoleRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    if (!(await authorized(c))) return c.html(renderLoginPage(), 401);
    return c.html(renderConsolePage({ canLogout: token !== undefined, ...(hotline ? { hotline } : {}) }));
  });

  register(app, loginRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    if (!token) return c.redirect('/console', 303);
    // Over the failure budget: refused before the guess is even compared.
    try {
      await throttle.check(c);
    } catch {
      return c.html(renderLoginPage('口令错误次数过多，请 15 分钟后再试。'), 429);
    }
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const offered = typeof form['token'] === 'string' ? form['token'].trim() : '';
    if (!offered || !(await tokenMatches(offered, token))) {
      await throttle.fail(c, 'console login');
      return c.html(renderLoginPage('口令不正确，请重新输入。'), 401);
    }
    setCookie(c, CONSOLE_COOKIE, await sessions.start(), {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: publicOrigin(c).startsWith('https:'),
      maxAge: sessions.maxAgeSeconds,
    });
    return c.redirect('/console', 303);
  });

  register(app, logoutRoute, async (c) => {
    const id = getCookie(c, CONSOLE_COOKIE);
    // Ended on the server: the cookie, if kept or copied, no longer opens anything.
    if (id) await sessions.end(id);
    deleteCookie(c, CONSOLE_COOKIE, { path: '/' });
    return c.redirect('/console', 303);
  });

  const consoleOnly: MiddlewareHandler = async (c, next) => {
    if (!(await authorized(c))) {
      throw new ApiError('unauthorized', '需要工作台口令：请先登录工作台，或在 Authorization 头中提供 Bearer 口令');
    }
    await next();
  };
  register(app, clausesRoute(consoleOnly), async (c) => {
    const parsed = ClausesQuerySchema.safeParse(c.req.query());
    if (!parsed.success) throw fromZodError(parsed.error, '查询参数有误');
    const { docId, clause } = parsed.data;
    const [documents, all] = await Promise.all([deps.clauses.documents(), deps.clauses.list(docId)]);
    const clauses = clause ? all.filter((x) => x.clause === clause) : all;
    return c.json({ documents, clauses });
  }, validationHook('查询参数有误'));

  return app;
}
