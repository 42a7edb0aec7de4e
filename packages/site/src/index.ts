export { siteAssets } from './assets.js';
export { buildSite, type SiteOptions, type SiteReport } from './build-site.js';
export { type Bar, barChart, barsOf } from './html/bar-chart.js';
export { escapeHtml, Html, html, scriptJson } from './html/html.js';
export { type Lang, langs, pick, say } from './i18n.js';
export {
  acceptedFormat,
  apacheConfig,
  negotiableFormats,
  negotiablePaths,
  nginxConfig,
} from './negotiation.js';
export { diskPath, type PagePath, pageFile, relative, type SitePaths, sitePaths } from './paths.js';
export { isPublishedFolder, publishedSources } from './published-folder.js';
export {
  type RequestHandler,
  type RunningServer,
  type ServeOptions,
  serveSite,
} from './serve/serve-site.js';
export { optionalSparqlHandler, type SparqlProvider } from './serve/sparql-seam.js';
