/**
 * The caching reverse proxy in front of a season's static host, as nginx configuration
 * (docs/deploying.md#live-feed quotes `liveFeedNginx` word for word; `npm run bench:live` runs
 * it). The origin's Cache-Control decides how long each answer is kept (manifest.json: a second,
 * then stale while one request revalidates; `?v=` addresses: a year); the proxy answers viewers'
 * conditional requests itself and sends the origin at most one request per address at a time.
 */
export interface LiveFeedNginxOptions {
  /** Where the cache lives on disk. */
  readonly cacheDir: string
  /** `host:port` of the static host that holds the season folders. */
  readonly origin: string
}

export function liveFeedNginx({ cacheDir, origin }: LiveFeedNginxOptions): {
  /** Goes inside `http { … }`. */
  readonly http: string
  /** Goes inside the `server { … }` that serves the site. */
  readonly location: string
} {
  const http = `proxy_cache_path ${cacheDir} levels=1:2 keys_zone=pitboard:10m
                 max_size=1g inactive=7d use_temp_path=off;

upstream pitboard_origin {
  server ${origin};
  keepalive 32;
}`
  const location = `location /data/ {
  proxy_pass http://pitboard_origin;
  proxy_http_version 1.1;
  proxy_set_header Connection "";

  proxy_cache pitboard;
  # One entry per address, query string included: results/r11.json?v=… is its own file.
  proxy_cache_key $scheme$proxy_host$request_uri;
  # How long an answer is kept: the origin's Cache-Control says (none: not kept).
  # A miss sends one request to the origin; the viewers asking meanwhile wait for it.
  proxy_cache_lock on;
  proxy_cache_lock_timeout 5s;
  # An expired entry is served while one background request revalidates it, and
  # kept serving if the origin fails.
  proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
  proxy_cache_background_update on;
  # Revalidate with If-None-Match: an unchanged file costs the origin a 304.
  proxy_cache_revalidate on;
  # Viewers' If-None-Match is answered here (304) and not passed to the origin.
  etag on;
  add_header X-Cache-Status $upstream_cache_status always;
}`
  return { http, location }
}

export interface BenchNginxOptions extends LiveFeedNginxOptions {
  /** Folder for the pid file, logs and temporary files. */
  readonly prefix: string
  readonly port: number
  /** Running as root: the workers must be able to write to `prefix` (a private temp folder). */
  readonly asRoot: boolean
  readonly workerProcesses?: number
}

/** A whole nginx.conf for the bench: the live-feed config above in a throwaway server. */
export function benchNginxConf(options: BenchNginxOptions): string {
  const { prefix, port, asRoot, workerProcesses = 1 } = options
  const feed = liveFeedNginx(options)
  const indent = (text: string, by: string) =>
    text
      .split('\n')
      .map((line) => (line === '' ? line : `${by}${line}`))
      .join('\n')
  return `${asRoot ? 'user root root;\n' : ''}worker_processes ${workerProcesses};
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
worker_rlimit_nofile 16384;

events {
  worker_connections 8192;
}

http {
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  keepalive_requests 100000;
  keepalive_timeout 75s;

${indent(feed.http, '  ')}

  server {
    listen 127.0.0.1:${port};
${indent(feed.location, '    ')}
    location / {
      return 404;
    }
  }
}
`
}
