# Shared by the annotation scripts of the quality plans (test/quality/annotations.src.py and
# test/quality/plans/independent/annotations.src.py): the entry helpers and the writer that turns
# hand-written entries (rule, words, a context to find the line) into <plan>.expect.json.
import json

def M(rule, words, find=None, **kw):
    return dict(rule=rule, words=words, find=find or words, **kw)

def LINE(rule, find, **kw):
    return dict(rule=rule, find=find, **kw)

def TOPIC(rule, topic, **kw):
    return dict(rule=rule, topic=topic, title=True, **kw)

def SEC(letter, **kw):
    return dict(rule='missing-required-section', words=f'bokstav {letter}', title=True, **kw)

ALL_LPS = [f'lp. 2.6.{i}' for i in range(1, 6)] + [f'lp. 3.5.{i}' for i in range(1, 5)] + [f'lp. 4.2.{i}' for i in range(1, 4)] + \
    ['lp. 5.5.1', 'lp. 5.5.2', 'lp. 6.5.1'] + [f'lp. 7.4.{i}' for i in range(1, 11)] + [f'lp. 8.5.{i}' for i in range(1, 5)] + [f'lp. 9.3.{i}' for i in range(1, 9)]

def write_expect(path, spec, comment, unique=False):
    """Writes <plan>.expect.json beside `path`. Each entry's line: the plan's title line for
    title entries, else the line holding its `find` text (with unique=True it must be on exactly
    one line; otherwise the first, joining neighbouring lines for a phrase broken over two)."""
    lines = open(path, encoding='utf-8').read().split('\n')
    title = next(i + 1 for i, l in enumerate(lines) if l.startswith('# '))
    def place(e):
        e = dict(e)
        if e.pop('title', False):
            e['line'] = title
            return e
        find = e.pop('find')
        first = find.split('\n')[0]
        hits = [i + 1 for i, l in enumerate(lines) if first in l]
        if unique:
            assert len(hits) == 1, f'{path}: {find!r} found on lines {hits}'
        elif not hits:
            hits = [i + 1 for i in range(len(lines) - 1) if find in lines[i] + ' ' + lines[i + 1]]
        assert hits, (path, find)
        e['line'] = hits[0]
        return e
    cov = spec['coverage']
    treated, either = cov['treated'], cov['either']
    assert not set(treated) & set(either), path
    assert set(treated + either) <= set(ALL_LPS), (path, set(treated + either) - set(ALL_LPS))
    out = {'$comment': comment, 'now': '2026-11-29'}
    for k in ('must', 'mustNot', 'optional'):
        out[k] = [place(e) for e in spec[k]]
    out['coverage'] = {'treated': treated, 'either': either, 'notTreated': [l for l in ALL_LPS if l not in treated and l not in either]}
    with open(path[:-3] + '.expect.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write('\n')
