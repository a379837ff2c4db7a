import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { loadIntent } from '../../server/src/intent/load';
import { DSCP_NAME_VALUES, ibMtuFor, minNetdevMtuFor, ROCE_HINTS, ROCE_MTU_OVERHEAD } from '../../server/src/intent/defaults';
import { intentSchema, intentSchemaJson } from '../../server/src/intent/schema';
import { parseDscp } from '../../server/src/model/dscp';
import { docExample, fixture, REPO_ROOT, URI } from './helpers';

const SCHEMA_FILE = join(REPO_ROOT, 'schemas', 'fabric-intent.schema.json');

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
  ajv.addVocabulary(['markdownDescription', 'patternErrorMessage', 'defaultSnippets']);
  return ajv;
}

describe('intent/schema', () => {
  const fileSchema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;

  it('schemas/fabric-intent.schema.json is schema.ts written out (regenerate: node out/server/src/intent/write-schema.js)', () => {
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), intentSchemaJson());
  });

  it('is a valid draft-07 schema', () => {
    assert.equal(fileSchema.$schema, 'http://json-schema.org/draft-07/schema#');
    const ajv = newAjv();
    assert.equal(ajv.validateSchema(fileSchema), true, JSON.stringify(ajv.errors));
    ajv.compile(fileSchema);
  });

  it('describes every property', () => {
    const missing: string[] = [];
    const walk = (s: unknown, path: string): void => {
      if (!s || typeof s !== 'object') return;
      const o = s as Record<string, unknown>;
      if (o.properties && typeof o.properties === 'object') {
        for (const [k, v] of Object.entries(o.properties as Record<string, unknown>)) {
          const p = v as Record<string, unknown>;
          if (typeof p.description !== 'string' && typeof p.$ref !== 'string') missing.push(`${path}.${k}`);
          walk(v, `${path}.${k}`);
        }
      }
      for (const k of ['additionalProperties', 'items', 'definitions']) {
        const child = o[k];
        if (k === 'definitions' && child && typeof child === 'object') for (const [n, d] of Object.entries(child)) walk(d, `#${n}`);
        else walk(child, `${path}.${k}`);
      }
      for (const k of ['anyOf', 'oneOf']) if (Array.isArray(o[k])) (o[k] as unknown[]).forEach((b, i) => walk(b, `${path}.${k}${i}`));
    };
    walk(intentSchema, '');
    assert.deepEqual(missing, []);
  });

  it('catches typos: objects are closed', () => {
    const validate = newAjv().compile(fileSchema);
    for (const bad of [
      { mtuu: {} },
      { mtu: { fabrik: 9214 } },
      { lossless: { priority: [3] } },
      { classes: { roce: { dscp: [26], tc: 3 } } },
      { ecn: { roce: { min: 1 } } },
      { ignore: { device: [] } },
    ]) {
      assert.equal(validate(bad), false, JSON.stringify(bad));
    }
  });

  it('the example in docs/fabric-intent.md validates and loads without a problem', () => {
    const example = docExample();
    const validate = newAjv().compile(fileSchema);
    assert.equal(validate(parse(example)), true, JSON.stringify(validate.errors, null, 1));
    const r = loadIntent(URI, example);
    assert.deepEqual(r.problems, []);
    assert.ok(r.intent?.mtu?.fabric && r.intent.classes?.roce && r.intent.links.length === 2);
  });

  it('the full fixture validates against the JSON file', () => {
    const validate = newAjv().compile(fileSchema);
    assert.equal(validate(parse(fixture('full.yaml'))), true, JSON.stringify(validate.errors, null, 1));
  });
});

describe('intent/defaults', () => {
  it('RoCE MTU arithmetic', () => {
    assert.equal(ROCE_MTU_OVERHEAD, 96);
    assert.equal(minNetdevMtuFor(4096), 4192);
    assert.equal(ROCE_HINTS.minHostMtu.value, 4192);
    assert.equal(ibMtuFor(1500), 1024);
    assert.equal(ibMtuFor(4191), 2048);
    assert.equal(ibMtuFor(4192), 4096);
    assert.equal(ibMtuFor(9000), 4096);
    assert.equal(ibMtuFor(300), undefined);
  });

  it('conventional code points', () => {
    assert.equal(ROCE_HINTS.roceDscp.value, 26);
    assert.equal(ROCE_HINTS.cnpDscp.value, 48);
    assert.equal(ROCE_HINTS.losslessPriority.value, 3);
  });

  it('DSCP names agree with the model’s parser', () => {
    for (const [name, v] of Object.entries(DSCP_NAME_VALUES)) assert.equal(parseDscp(name), v, name);
  });
});
