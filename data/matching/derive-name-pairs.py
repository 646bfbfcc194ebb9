#!/usr/bin/env python3
# Derives data/matching/name-pairs.tsv from the public source files named in data/matching/README.md.
# Usage: python3 data/matching/derive-name-pairs.py SOURCES_DIR [OUT_FILE]
#   SOURCES_DIR holds un.xml, wd_korean.tsv, wd_russian_16.tsv, wd_katakana_16.tsv, wd_chinese_16.tsv, mm-uni.tsv
#   and khmer_names.json (how to get
#   each, and the Zawgyi-to-Unicode step for mm-uni.tsv, is in data/matching/README.md). OUT_FILE defaults to
#   data/matching/name-pairs.tsv next to this script. Python 3 standard library only; the output is deterministic
#   (fixed seed), so a re-run over the same source files gives the same file byte for byte.
import os, sys
import re, hashlib, random, xml.etree.ElementTree as ET, unicodedata, collections
if len(sys.argv) < 2:
    sys.exit(__doc__ or 'usage: derive-name-pairs.py SOURCES_DIR [OUT_FILE]')
SOURCES = sys.argv[1]
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'name-pairs.tsv')
src = lambda name: os.path.join(SOURCES, name)
random.seed(20261128)
rows = []  # (group, source, schema, kind, a, b, label, clear)

def split_of(key):
    return 'test' if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 0 else 'dev'

def toks(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return [t for t in re.split(r"[^a-z]+", s) if len(t) > 1]

# --- UN Security Council consolidated list (2025-04-19)
root = ET.parse(src('un.xml')).getroot()
def txt(e, tag):
    x = e.find(tag); return (x.text or '').strip() if x is not None and x.text else ''
persons = []
for ind in root.iter('INDIVIDUAL'):
    ref = txt(ind, 'REFERENCE_NUMBER') or txt(ind, 'DATAID')
    primary = ' '.join(p for p in (txt(ind, t) for t in ('FIRST_NAME','SECOND_NAME','THIRD_NAME','FOURTH_NAME')) if p)
    primary = re.sub(r'\s+', ' ', primary).strip()
    orig = re.sub(r'\s+', ' ', txt(ind, 'NAME_ORIGINAL_SCRIPT')).strip()
    aliases = []
    for al in ind.iter('INDIVIDUAL_ALIAS'):
        if txt(al, 'QUALITY') == 'Good' and txt(al, 'ALIAS_NAME'): aliases.append(re.sub(r'\s+', ' ', txt(al, 'ALIAS_NAME')))
    persons.append((ref, primary, orig, aliases))
orgs = []
for ent in root.iter('ENTITY'):
    ref = txt(ent, 'REFERENCE_NUMBER') or txt(ent, 'DATAID')
    primary = re.sub(r'\s+', ' ', txt(ent, 'FIRST_NAME'))
    aliases = [re.sub(r'\s+', ' ', txt(al, 'ALIAS_NAME')) for al in ent.iter('ENTITY_ALIAS') if txt(al, 'QUALITY') in ('Good', 'a.k.a.', '') and txt(al, 'ALIAS_NAME')]
    orgs.append((ref, primary, aliases))

def variant_of(primary, alias):
    # An alias is a spelling variant of the name (not a nom de guerre) when the two share a word and at least half
    # of the shorter name's words have a word with the same first letter in the other.
    a, b = toks(primary), toks(alias)
    if not a or not b or not (set(a) & set(b)): return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return sum(1 for t in short if any(u[0] == t[0] for u in long_)) * 2 >= len(short)

pos = collections.defaultdict(list)  # family -> list of (group, a, b, latin_of_group, clear)
for ref, primary, orig, aliases in persons:
    if not primary: continue
    if orig and not re.fullmatch(r'[\x00-\x7f]+', orig):
        pos['un-person-script'].append((ref, orig, primary, primary, True))
    for al in aliases[:3]:
        if al.lower() != primary.lower(): pos['un-person-alias' if variant_of(primary, al) else 'un-person-pseudonym'].append((ref, primary, al, primary, False))
for ref, primary, aliases in orgs:
    for al in aliases[:3]:
        if primary and al.lower() != primary.lower(): pos['un-organisation-alias' if variant_of(primary, al) else 'un-organisation-other-name'].append((ref, primary, al, primary, False))

# --- Wikidata (CC0) via Merhav & Ash 2018: Korean persons in Hangul, foreign names in Cyrillic and katakana
surnames = set('kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song yoo hong jeon ko moon yang son bae baek heo nam noh roh ha kwak sung cha joo woo min ryu na jin chun chung yeo byun eom um won'.split())
korean = []
for line in open(src('wd_korean.tsv'), encoding='utf8'):
    c = line.rstrip('\n').split('\t')
    if len(c) != 2: continue
    latin, hangul = c
    if re.fullmatch(r'[\uac00-\ud7a3]{2,4}', hangul) and latin.split(' ')[0].lower() in surnames and len(latin.split(' ')) >= 2:
        korean.append((latin, hangul))
random.shuffle(korean)
for latin, hangul in korean[:400]:
    pos['wikidata-korean-person'].append(('ko:' + latin, hangul, latin, latin, True))
for fam, f in (('wikidata-cyrillic-token', 'wd_russian_16'), ('wikidata-katakana-token', 'wd_katakana_16')):
    items = []
    for line in open(src(f'{f}.tsv'), encoding='utf8'):
        c = line.rstrip('\n').split('\t')
        if len(c) == 3 and int(c[2]) >= 2 and re.fullmatch(r'[a-z]{4,}', c[0]):
            items.append((c[0], c[1].replace(' ', '')))
    random.shuffle(items)
    for latin, script in items[:200]:
        pos[fam].append((fam + ':' + latin, script, latin.capitalize(), latin, False))

# --- Myanmar names (Zawgyi converted to Unicode), CC BY-SA 4.0
mm = []
for line in list(open(src('mm-uni.tsv'), encoding='utf8'))[1:]:
    c = line.rstrip('\n').split('\t')
    if len(c) >= 2 and c[0].strip() and c[1].strip():
        mm.append((c[1].strip(), c[0].split('၊')[0].strip()))
seen = set(); mm = [x for x in mm if not (x[0] in seen or seen.add(x[0]))]
random.shuffle(mm)
for latin, burmese in mm[:400]:
    if len(latin.split()) >= 2: pos['myanmar-names'].append(('mm:' + latin, burmese, latin, latin, True))

# --- Sources added later draw from their own random generator, so the rows above stay as they were derived.
extra = random.Random(20261128)
# Foreign names in Han characters (Wikidata, CC0), as the katakana and Cyrillic words above.
items = []
for line in open(src('wd_chinese_16.tsv'), encoding='utf8'):
    c = line.rstrip('\n').split('\t')
    if len(c) == 3 and int(c[2]) >= 2 and re.fullmatch(r'[a-z]{4,}', c[0]):
        items.append((c[0], c[1].replace(' ', '')))
extra.shuffle(items)
for latin, script in items[:200]:
    pos['wikidata-han-token'].append(('wikidata-han-token:' + latin, script, latin.capitalize(), latin, False))
# Khmer names in Khmer script against their customary Latin spelling, family name first as Cambodians write them
# (sovanken/kname, MIT): few distinct words (29 given names, 30 family names), so at most 200 groups.
import json
km = []
for entry in json.load(open(src('khmer_names.json'), encoding='utf8')):
    km.append((f"{entry['romanizedSurname']} {entry['romanizedGiven']}", f"{entry['surname']} {entry['givenName']}"))
seen = set(); km = [x for x in km if not (x[0] in seen or seen.add(x[0]))]
extra.shuffle(km)
for latin, khmer in km[:200]:
    pos['kname-khmer'].append(('km:' + latin, khmer, latin, latin, False))
later = {'wikidata-han-token', 'kname-khmer'}

schema = {'un-organisation-alias': 'Organization', 'un-organisation-other-name': 'Organization'}
out = []
for fam, items in pos.items():
    for g, a, b, latin, clear in items:
        out.append((split_of(g), fam, schema.get(fam, 'Person'), g, a, b, 1, 1 if clear else 0))
    # Hard negatives: the same side `a` against another group's `b` whose name shares a token (or, for single
    # tokens, the first two letters), and neither name's tokens are a subset of the other's (that could be one person).
    by_split = collections.defaultdict(list)
    for it in items: by_split[split_of(it[0])].append(it)
    for sp, group in by_split.items():
        for g, a, b, latin, clear in group:
            ta = set(toks(latin))
            cands = []
            for h, a2, b2, latin2, clear2 in group:
                if h == g: continue
                th = set(toks(latin2))
                if not th or th <= ta or ta <= th or latin2.lower() == latin.lower(): continue
                shared = len(ta & th)
                single = len(ta) == 1 and len(th) == 1 and latin[:2].lower() == latin2[:2].lower()
                if shared or single: cands.append((shared, (extra if fam in later else random).random(), b2, th))
            if not cands: continue
            cands.sort(reverse=True)
            shared, _, b2, th = cands[0]
            out.append((sp, fam, schema.get(fam, 'Person'), g, a, b2, 0, 1 if clear and shared <= 1 else 0))
out.sort(key=lambda r: (r[1], r[3], -r[6]))
with open(OUT, 'w', encoding='utf8') as f:
    f.write('split\tsource\tschema\tgroup\tname_a\tname_b\tsame\tclear_cut\n')
    for r in out:
        f.write('\t'.join(str(x).replace('\t', ' ') for x in r) + '\n')
c = collections.Counter((r[1], r[6]) for r in out)
for k in sorted(c): print(k, c[k])
print(len(out), collections.Counter(r[0] for r in out), collections.Counter(r[7] for r in out))
