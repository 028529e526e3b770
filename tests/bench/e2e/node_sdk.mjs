// SPDX-License-Identifier: GPL-3.0-or-later
//
// End-to-end comparison: the official Klaviyo Node SDK (npm `klaviyo-api`, pinned in
// package.json) runs one Query Metric Aggregates request and writes the same long CSV as
// `klaviyo-explorer run --format csv --layout long`.
//
// Usage: node node_sdk.mjs [--in-memory] BASE_URL OUTPUT.csv [BODY.json]
//   BASE_URL   e.g. http://127.0.0.1:PORT (serve.py); the SDK appends /api/metric-aggregates
//   BODY.json  the raw request body ({"data":{"type":"metric-aggregate","attributes":{…}}});
//              default: the same query run_e2e.sh writes
// The key comes from KLAVIYO_API_KEY (default pk_bench). Nothing is installed at run time: run
// `npm ci` in this directory first (run_e2e.sh does).
//
// Pointing the SDK at another server: every generated API class (MetricsApi here) keeps its
// base URL in `_basePath` (default 'https://a.klaviyo.com') behind a public `basePath`
// setter (klaviyo-api/api/metricsApi.ts), and builds `this.basePath + '/api/metric-aggregates'`.
// So `metricsApi.basePath = BASE_URL` is all it takes; the request still goes through the SDK's
// ApiKeySession (Authorization, revision and User-Agent headers), RetryWithExponentialBackoff,
// axios, and ObjectSerializer.deserialize into PostMetricAggregateResponse (dates become Date
// objects).
//
// --in-memory builds every record as a string in one array, joins it and writes the file at
// once (the straightforward way; about 1 GB resident), instead of streaming 1 MB chunks.
// E2E_TIMING=1 prints when each phase ended (ms since the process started) on stderr.
//
// CSV, as the app writes it (app/core/results/csvwriter.h): header `date,<by dimensions>,
// measurement,value`; one record per date x group x measurement (dates outermost, then groups
// in response order, then measurements in query order); CRLF line ends; fields quoted only when
// they contain , " CR LF or start/end with a space; `date` is the ISO 8601 wall time in the query
// timezone with its offset; integral numbers without a fraction, others as the shortest text
// that reads back to the same double (JS String(); it agrees with the app for the magnitudes
// Klaviyo returns; exponent notation, below 1e-6 or from 1e21, is not reproduced).

import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import klaviyo from 'klaviyo-api';

const { ApiKeySession, MetricsApi } = klaviyo;

const DEFAULT_BODY = {
    data: {
        type: 'metric-aggregate',
        attributes: {
            metric_id: 'RESQ6t',
            measurements: ['count', 'sum_value', 'unique'],
            by: ['$message'],
            interval: 'hour',
            timezone: 'UTC',
            filter: ['greater-or-equal(datetime,2025-01-01T00:00:00+00:00)', 'less-than(datetime,2026-01-01T00:00:00+00:00)'],
        },
    },
};

// The SDK's models use camelCase property names and map them to the API's snake_case.
function toSdkQuery(body) {
    const camel = (name) => name.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
    const attributes = {};
    for (const [key, value] of Object.entries(body.data.attributes))
        attributes[camel(key)] = value;
    return { data: { type: body.data.type, attributes } };
}

function csvField(text) {
    if (/[",\r\n]/.test(text) || text.startsWith(' ') || text.endsWith(' '))
        return '"' + text.replaceAll('"', '""') + '"';
    return text;
}

function formatNumber(value) {
    if (Number.isNaN(value) || value === null || value === undefined)
        return '';
    return String(value); // integral doubles print without a fraction; others shortest round-trip
}

// ISO 8601 wall time of @p date in @p timeZone with its offset, e.g. 2025-01-01T00:00:00+00:00.
function makeDateFormatter(timeZone) {
    if (timeZone === 'UTC' || timeZone === 'Etc/UTC')
        return (date) => date.toISOString().slice(0, 19) + '+00:00';
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    return (date) => {
        const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
        const wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
        const offsetMin = Math.round((wall - date.getTime()) / 60000);
        const sign = offsetMin < 0 ? '-' : '+';
        const abs = Math.abs(offsetMin);
        const hh = String(Math.floor(abs / 60)).padStart(2, '0');
        const mm = String(abs % 60).padStart(2, '0');
        return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hh}:${mm}`;
    };
}

const timing = process.env.E2E_TIMING === '1';
function mark(phase) {
    if (timing)
        console.error(`node_sdk.mjs: ${phase} done at ${performance.now().toFixed(0)} ms`);
}

async function main() {
    mark('start + import klaviyo-api');
    const args = process.argv.slice(2);
    const inMemory = args[0] === '--in-memory';
    const [baseUrl, outputPath, bodyPath] = inMemory ? args.slice(1) : args;
    if (!baseUrl || !outputPath) {
        console.error('usage: node node_sdk.mjs [--in-memory] BASE_URL OUTPUT.csv [BODY.json]');
        process.exit(2);
    }
    const body = bodyPath ? JSON.parse(fs.readFileSync(bodyPath, 'utf8')) : DEFAULT_BODY;
    const query = toSdkQuery(body);
    const attributes = query.data.attributes;

    const session = new ApiKeySession(process.env.KLAVIYO_API_KEY || 'pk_bench');
    const metricsApi = new MetricsApi(session);
    metricsApi.basePath = baseUrl.replace(/\/+$/, '');

    const { body: response } = await metricsApi.queryMetricAggregates(query);
    mark('request + JSON.parse + SDK deserialize');
    const { dates, data: groups } = response.data.attributes;
    const by = attributes.by || [];
    const measurements = attributes.measurements;
    const formatDate = makeDateFormatter(attributes.timezone || 'UTC');

    if (inMemory) {
        const lines = [['date', ...by, 'measurement', 'value'].map(csvField).join(',')];
        for (let d = 0; d < dates.length; ++d) {
            for (const g of groups) {
                for (const m of measurements) {
                    const series = g.measurements[m];
                    lines.push([formatDate(dates[d]), ...by.map((_, i) => csvField(g.dimensions[i] ?? '')), m,
                        formatNumber(series ? series[d] : NaN)].join(','));
                }
            }
        }
        fs.writeFileSync(outputPath, lines.join('\r\n') + '\r\n');
        mark('CSV');
        return;
    }
    const out = fs.openSync(outputPath, 'w');
    let buffer = ['date', ...by, 'measurement', 'value'].map(csvField).join(',') + '\r\n';
    const flushAt = 1 << 20;
    const groupPrefixes = groups.map((g) => by.map((_, i) => ',' + csvField(g.dimensions[i] ?? '')).join(''));
    for (let d = 0; d < dates.length; ++d) {
        const date = csvField(formatDate(dates[d]));
        for (let g = 0; g < groups.length; ++g) {
            const prefix = date + groupPrefixes[g] + ',';
            const values = groups[g].measurements;
            for (const m of measurements) {
                const series = values[m];
                buffer += prefix + m + ',' + formatNumber(series ? series[d] : NaN) + '\r\n';
            }
            if (buffer.length >= flushAt) {
                fs.writeSync(out, buffer);
                buffer = '';
            }
        }
    }
    fs.writeSync(out, buffer);
    fs.closeSync(out);
    mark('CSV');
}

main().catch((error) => {
    const status = error?.response?.status;
    console.error(`node_sdk.mjs: ${status ? 'HTTP ' + status + ': ' : ''}${error?.message ?? error}`);
    process.exit(1);
});
