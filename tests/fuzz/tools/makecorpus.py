#!/usr/bin/env python3
"""Writes the seed corpora of tests/fuzz (corpus/<target>/) from the domain headers and a few hand-made
demo-like inputs. Run from anywhere: python3 tests/fuzz/tools/makecorpus.py. Existing seeds are replaced.
Values are made up (demo-like); no real personal data."""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
FUZZ = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(FUZZ))
DOMAIN = os.path.join(ROOT, 'models', 'domain')

# The order of kDecoders in fuzz_contract.cpp (the selector byte is the index).
CONTRACT_TYPES = re.findall(r'decodeText<(\w+)>', open(os.path.join(FUZZ, 'fuzz_contract.cpp')).read())
OTHER_DECODERS = ['decodeErrorReply', 'decodeTokens', 'decodeTimes', 'decodeRaw']


def parse_structs():
    """struct name -> [(json key, C++ type)] from the fields() lists of the domain and net headers."""
    structs = {}
    headers = [os.path.join(DOMAIN, f) for f in os.listdir(DOMAIN) if f.endswith('.h')]
    headers.append(os.path.join(ROOT, 'app', 'net', 'serverhealth.h'))
    for path in headers:
        text = open(path).read()
        for m in re.finditer(r'\nstruct (\w+) \{(.*?)\n\};', text, re.S):
            name, body = m.group(1), m.group(2)
            members = {}
            for decl in re.finditer(r'^\s+([\w:<>, ]+?)\s+(\w+)(?:\s*=[^;]*)?;', body, re.M):
                members[decl.group(2)] = decl.group(1).strip()
            fields = re.findall(r'v\("(\w+)",\s*s\.(\w+)\)', body)
            if fields:
                structs[name] = [(key, members.get(member, 'QString')) for key, member in fields]
    return structs


STRUCTS = parse_structs()

SAMPLE_STRINGS = {
    'id': '5f0c2a9e-1b7d-4c1e-9a51-000000000101', 'status': 'active', 'gender': 'female', 'role': 'officer',
    'op': 'upsert', 'entity': 'citizen', 'token_type': 'Bearer', 'name': '张三', 'username': 'officer_wjw',
    'password': 'GovDesk!2026', 'phone': '138****8000', 'id_number': '3502**********1234',
    'district_code': '350206', 'action': 'approve', 'state': 'open', 'channel': 'sms',
    'uscc': '91350203MA31ABCD5K', 'content_type': 'image/jpeg', 'sha256': 'e3b0c44298fc1c149afbf4c8996fb924'
    '27ae41e4649b934ca495991b7852b855', 'tag_id': 't_elderly', 'kind': 'visit',
}


def value(cpp, key, full):
    cpp = cpp.replace('gd::', '')
    if cpp.startswith('std::optional<'):
        return value(cpp[len('std::optional<'):-1], key, full) if full else None
    if cpp.startswith('QList<'):
        inner = cpp[len('QList<'):-1]
        return [value(inner, key, full)] if full else []
    if cpp == 'QString':
        return SAMPLE_STRINGS.get(key, 'demo ' + key.replace('_', ' '))
    if cpp == 'bool':
        return True
    if cpp in ('qint64', 'int', 'quint64', 'qsizetype'):
        return 3
    if cpp == 'double':
        return 0.25
    if cpp == 'QDate':
        return '2026-11-24'
    if cpp == 'QDateTime':
        return '2026-11-24T08:00:00.000Z'
    if cpp == 'QStringList':
        return ['t_elderly', 't_pregnant'] if full else []
    if cpp == 'QJsonObject':
        return {'op': 'and', 'args': [{'tag': 't_elderly'}, {'age': {'min': 60}}]} if full else {}
    if cpp == 'codec::RawJson':
        return {'a': 1}
    if cpp in STRUCTS:
        return obj(cpp, full)
    return 'demo'


def obj(name, full):
    return {key: value(cpp, key, full) for key, cpp in STRUCTS[name]}


def write(target, name, data):
    d = os.path.join(FUZZ, 'corpus', target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data)


def dumps(v):
    return json.dumps(v, ensure_ascii=False, separators=(',', ':'))


def contract():
    for i, name in enumerate(CONTRACT_TYPES):
        if name not in STRUCTS:
            raise SystemExit('no fields() parsed for ' + name)
        write('contract', name.lower(), bytes([i]) + dumps(obj(name, True)).encode())
    base = len(CONTRACT_TYPES)
    sel = {n: base + i for i, n in enumerate(OTHER_DECODERS)}
    # A list, a minimal object, an unknown field, a wrong type, a big integer.
    cit = CONTRACT_TYPES.index('Citizen')
    write('contract', 'citizen-list', bytes([cit]) + dumps([obj('Citizen', True), obj('Citizen', False)]).encode())
    write('contract', 'citizen-minimal', bytes([cit]) + dumps(obj('Citizen', False)).encode())
    c = obj('Citizen', True)
    c['extra'] = 1
    write('contract', 'citizen-unknown-field', bytes([cit]) + dumps(c).encode())
    act = CONTRACT_TYPES.index('ApplicationAction')
    a = obj('ApplicationAction', True)
    a['step_seq'] = 4294967297
    write('contract', 'action-big-int', bytes([act]) + dumps(a).encode())
    write('contract', 'error-reply', bytes([sel['decodeErrorReply']]) + dumps(
        {'error': {'code': 'conflict', 'message': 'stale version', 'details': {'current_version': 4}}}).encode())
    write('contract', 'error-retry', bytes([sel['decodeErrorReply']]) + b'{"error":{"code":"too_many_requests","message":"slow down"}}\n30')
    write('contract', 'tokens', bytes([sel['decodeTokens']]) + dumps(obj('AuthTokens', True)).encode())
    for n, t in enumerate(['2026-11-24T08:00:00.000Z', '2026-11-24T16:00:00+08:00', '2026-02-29', '0001-01-01',
                           '2026-11-24T08:00:00Z', '9999-12-31T23:59:59.999Z']):
        write('contract', 'time-%d' % n, bytes([sel['decodeTimes']]) + t.encode())
    write('contract', 'raw-string', bytes([sel['decodeRaw']]) + '"张三\\u0000\\ud800"'.encode())
    write('contract', 'raw-object', bytes([sel['decodeRaw']]) + b'{"id":"x","version":2,"tags":["a"]}')


def changefeed():
    cit = obj('Citizen', True)
    cit['id'] = 'c-1'
    cit['version'] = 2
    app = obj('Application', True)
    app['id'] = 'a-1'
    app['version'] = 1
    visit = obj('Visit', True)
    visit['id'] = 'v-1'

    def change(seq, entity, op, id, data):
        return {'seq': seq, 'entity': entity, 'op': op, 'id': id, 'version': (data or {}).get('version', 1),
                'data': data}

    pages = {
        'empty': {'changes': [], 'next': 0, 'has_more': False, 'last_seq': 0},
        'citizen': {'changes': [change(1, 'citizen', 'upsert', 'c-1', cit)], 'next': 1, 'has_more': False, 'last_seq': 1},
        'application': {'changes': [change(2, 'application', 'upsert', 'a-1', app)], 'next': 2, 'has_more': True,
                        'last_seq': 9},
        'visit': {'changes': [change(3, 'visit', 'upsert', 'v-1', visit)], 'next': 3, 'has_more': False, 'last_seq': 3},
        'delete': {'changes': [change(4, 'citizen', 'delete', 'c-1', None)], 'next': 4, 'has_more': False, 'last_seq': 4},
        'unknown-entity': {'changes': [change(5, 'spaceship', 'upsert', 'x', {'id': 'x', 'version': 1})], 'next': 5,
                           'has_more': False, 'last_seq': 5},
        'reference': {'changes': [change(6, 'tag', 'upsert', 't_elderly', obj('Tag', True)),
                                  change(7, 'region', 'upsert', '350206', obj('Region', True)),
                                  change(8, 'department', 'upsert', 'wjw', obj('Department', True)),
                                  change(9, 'service', 'upsert', 's-1', obj('ServiceItem', True))],
                      'next': 9, 'has_more': False, 'last_seq': 9},
    }
    for entity, typ in [('enterprise', 'Enterprise'), ('bill', 'Bill'), ('benefit', 'BenefitApplication'),
                        ('message', 'Message'), ('push', 'Push'), ('note', 'Note'), ('campaign', 'Campaign'),
                        ('household', 'Household'), ('incident', 'Incident'), ('task', 'GridTask')]:
        data = obj(typ, True)
        data['id'] = entity + '-1'
        data['version'] = 1
        pages[entity] = {'changes': [change(10, entity, 'upsert', entity + '-1', data)], 'next': 10,
                         'has_more': False, 'last_seq': 10}
    for name, page in pages.items():
        write('changefeed', name, dumps(page))
    # The server's spacing and an older version after a newer one.
    write('changefeed', 'pretty', json.dumps(pages['citizen'], ensure_ascii=False, indent=1))
    # Regressions: ChangeApplier::dataTexts() must pick what QJsonDocument picks (the last of repeated keys,
    # keys spelled with escapes).
    tag_a = '{"seq":1,"entity":"tag","op":"upsert","id":"t_a","version":1,"data":{"id":"t_a","version":1,"name":"A"}'
    write('changefeed', 'repeated-changes', '{"changes":[' + tag_a + '}],"next":1,"changes":[' +
          tag_a.replace('t_a', 't_b').replace('"A"', '"B"') + '}]}')
    write('changefeed', 'escaped-data-key', '{"changes":[' + tag_a + ',"d\\u0061ta":{"id":"t_a","version":1,"name":"Z"}}],'
          '"next":1}')
    write('changefeed', 'raw-control-character', '{"changes":[' + tag_a.replace('"A"', '"A\x00\x01B"') + '}],"next":1}')
    write('changefeed', 'invalid-escape', '{"changes":[' + tag_a.replace('"A"', '"A\\\\\\oB"') + '}],"next":1}')
    write('changefeed', 'lenient-number', '{"changes":[' + tag_a.replace('"version":1,"name"', '"version":1,"seats":.3,"name"') + '}],"next":1}')
    write('changefeed', 'data-then-null', '{"changes":[' + tag_a + ',"data":null}],"next":1}')
    older = dict(cit, version=1)
    write('changefeed', 'older-version', dumps({'changes': [change(1, 'citizen', 'upsert', 'c-1', cit),
                                                            change(2, 'citizen', 'upsert', 'c-1', older)],
                                                'next': 2, 'has_more': False, 'last_seq': 2}))


def audience():
    seeds = {
        'tag': {'tag': 't_pregnant'},
        'age': {'age': {'min': 20, 'max': 35}},
        'age-min': {'age': {'min': 60}},
        'gender': {'gender': 'female'},
        'region': {'region': '350206'},
        'street': {'region': 'st_1'},
        'level': {'realname_level': {'min': 2, 'max': 3}},
        'life-event': {'life_event': {'tag': 't_pregnant', 'from_days': 56, 'to_days': 84}},
        'life-event-to': {'life_event': {'tag': 't_student', 'to_days': 400}},
        'and': {'op': 'and', 'args': [{'tag': 't_elderly'}, {'gender': 'male'}]},
        'or': {'op': 'or', 'args': [{'region': 'g_1'}, {'region': 'cm_2'}, {'age': {'max': 6}}]},
        'not': {'op': 'not', 'arg': {'tag': 't_disabled'}},
        'nested': {'op': 'and', 'args': [{'op': 'or', 'args': [{'tag': 't_elderly'}, {'tag': 't_veteran'}]},
                                         {'op': 'not', 'arg': {'realname_level': {'max': 1}}},
                                         {'age': {'min': 0, 'max': 150}}]},
        'bad-op': {'op': 'xor', 'args': [{'tag': 'a'}]},
        'bad-bounds': {'age': {'min': 40, 'max': 20}},
        'two-conditions': {'tag': 'a', 'gender': 'male'},
    }
    for name, e in seeds.items():
        write('audience', name, dumps(e))
    deep = {'tag': 't_pregnant'}
    for _ in range(17):
        deep = {'op': 'not', 'arg': deep}
    write('audience', 'too-deep', dumps(deep))
    write('audience', 'feb29', dumps({'op': 'and', 'args': [{'age': {'min': 26, 'max': 26}}, {'gender': 'female'}]}))


def request():
    def req(method, path, token=None, body=None, extra=()):
        lines = ['%s %s HTTP/1.1' % (method, path), 'Host: 127.0.0.1:8080']
        if token:
            lines.append('Authorization: Bearer gda_fuzz_' + token)
        lines.extend(extra)
        data = b''
        if body is not None:
            data = dumps(body).encode()
            lines.append('Content-Type: application/json')
            lines.append('Content-Length: %d' % len(data))
        return ('\r\n'.join(lines) + '\r\n\r\n').encode() + data

    idem = ('Idempotency-Key: 6c1f3a52-0d7e-4b7a-9a51-0000000000%02d',)
    seeds = {
        'health': req('GET', '/api/v1/health'),
        'login': req('POST', '/api/v1/auth/login', body={'username': 'officer_wjw', 'password': 'wrong'}),
        'me-officer': req('GET', '/api/v1/auth/me', 'officer'),
        'me-portal': req('GET', '/api/v1/auth/me', 'portal'),
        'citizens-admin': req('GET', '/api/v1/citizens?limit=5&sort=name', 'admin'),
        'citizens-search': req('GET', '/api/v1/citizens?q=%E5%BC%A0&limit=3', 'district'),
        'citizens-grid': req('GET', '/api/v1/citizens?limit=2&offset=1', 'grid'),
        'enterprises': req('GET', '/api/v1/enterprises?limit=3', 'supervisor'),
        'applications-officer': req('GET', '/api/v1/applications?limit=3&status=active', 'officer'),
        'messages': req('GET', '/api/v1/messages?limit=5', 'officer2'),
        'changes-admin': req('GET', '/api/v1/sync/changes?since=0&limit=20', 'admin'),
        'changes-grid': req('GET', '/api/v1/sync/changes?since=0&limit=5', 'grid2'),
        'events': req('GET', '/api/v1/sync/events', 'officer', extra=('Accept: text/event-stream',)),
        'tags': req('GET', '/api/v1/tags', 'officer'),
        'regions': req('GET', '/api/v1/regions', 'grid'),
        'services': req('GET', '/api/v1/services', 'officer'),
        'audience-count': req('POST', '/api/v1/audiences/count', 'supervisor',
                              {'expression': {'op': 'and', 'args': [{'tag': 't_elderly'}, {'age': {'min': 60}}]},
                               'sample': 5}),
        'audience-bad': req('POST', '/api/v1/audiences/count', 'officer', {'expression': {'tag': 'no_such_tag'}}),
        'campaigns': req('GET', '/api/v1/campaigns', 'supervisor'),
        'visits': req('GET', '/api/v1/visits?limit=3', 'grid'),
        'incidents': req('GET', '/api/v1/incidents?limit=3', 'grid'),
        'tasks': req('GET', '/api/v1/tasks', 'grid'),
        'households': req('GET', '/api/v1/households?limit=3', 'grid'),
        'usage-report': req('GET', '/api/v1/analytics/usage', 'supervisor'),
        'opinion-report': req('GET', '/api/v1/analytics/opinion', 'district'),
        'audit': req('GET', '/api/v1/audit?limit=3', 'admin'),
        'visit-create': req('POST', '/api/v1/visits', 'grid',
                            {'id': '6c1f3a52-0d7e-4b7a-9a51-000000000001', 'household_id': 'h-1', 'kind': 'routine',
                             'visited_at': '2026-11-24T08:00:00.000Z', 'summary': 'demo visit'},
                            extra=(idem[0] % 1,)),
        'note-create': req('POST', '/api/v1/notes', 'officer',
                           {'citizen_id': 'c-1', 'text': 'demo note'}, extra=(idem[0] % 2,)),
        'reveal': req('POST', '/api/v1/citizens/c-1/reveal', 'officer', {'field': 'phone', 'reason': 'callback'}),
        'gzip': req('GET', '/api/v1/tags', 'officer', extra=('Accept-Encoding: gzip, deflate',)),
        'logout': req('POST', '/api/v1/auth/logout', 'officer2'),
        'refresh': req('POST', '/api/v1/auth/refresh', body={'refresh_token': 'gdr_fuzz_grid2'}),
        'method-not-allowed': req('DELETE', '/api/v1/tags', 'admin'),
        'unknown-path': req('GET', '/api/v1/nothing-here', 'admin'),
        'no-token': req('GET', '/api/v1/citizens'),
        'forbidden': req('GET', '/api/v1/audit', 'grid'),
        'duplicate-query': req('GET', '/api/v1/citizens?limit=1&limit=2', 'admin'),
        'chunked': b'POST /api/v1/audiences/count HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer gda_fuzz_admin\r\n'
                   b'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n'
                   b'10\r\n{"expression":{"\r\n10\r\ngender":"male"}}\r\n0\r\n\r\n',
        'recommendations': req('POST', '/api/v1/recommendations/batch', 'officer', {'citizen_ids': ['c-1', 'c-2']}),
    }
    # Ids of the demo data the target generates (seed 20261124, 300 citizens, today 2026-11-24; print them
    # with GOVDESK_FUZZ_TRACE=1).
    citizen, enterprise = '5263716c-0cfa-4823-8a01-fc896aaef3ae', '52637346-c882-4537-bd4c-81d149763415'
    application, campaign = '0cad2f77-269e-4984-a051-10831561543d', '0cad2f52-8c82-409f-89ad-6663dbd9482c'
    household, incident = '52637168-22f1-4698-926a-8b6f32d6d43d', '67fad785-a943-496b-a28c-aec4fcc8dcf1'
    task, visit = '00d3e85b-2cd2-523b-8373-7434b6b4e4fc', '67fad82a-f377-45c8-954e-dcb4498263ed'
    note, push, message = '454c0122-9002-43f2-812b-f34eb4e7a7da', '454c0194-4813-450f-942f-16c574bfc8fa', \
        '526372b8-4b87-4b5d-9f3d-24c161794379'
    service, inbox = '52635148-c487-45cf-84ed-34373b1ed3b0', '042eaf7d-8df3-5cf6-a4e3-1371e0f58488'
    new_id = '6c1f3a52-0d7e-4b7a-9a51-0000000001%02d'
    seeds.update({
        'citizen': req('GET', '/api/v1/citizens/' + citizen, 'admin'),
        'citizen-district': req('GET', '/api/v1/citizens/' + citizen, 'district'),
        'citizen-applications': req('GET', '/api/v1/citizens/%s/applications' % citizen, 'supervisor'),
        'citizen-bills': req('GET', '/api/v1/citizens/%s/bills' % citizen, 'admin'),
        'citizen-recommendations': req('GET', '/api/v1/citizens/%s/recommendations' % citizen, 'officer'),
        'citizen-reveal': req('POST', '/api/v1/citizens/%s/reveal' % citizen, 'admin',
                              {'fields': ['phone', 'id_number'], 'reason': 'demo callback'}),
        'enterprise': req('GET', '/api/v1/enterprises/' + enterprise, 'supervisor'),
        'application': req('GET', '/api/v1/applications/' + application, 'admin'),
        'application-action': req('POST', '/api/v1/applications/%s/actions' % application, 'officer',
                                  {'action': 'approve', 'step_seq': 1, 'base_version': 1, 'comment': 'demo'},
                                  extra=(idem[0] % 3,)),
        'application-create': req('POST', '/api/v1/applications', 'officer',
                                  {'id': new_id % 1, 'service_id': service, 'applicant_type': 'citizen',
                                   'applicant_id': citizen, 'remark': 'demo'}, extra=(idem[0] % 4,)),
        'campaign': req('GET', '/api/v1/campaigns/' + campaign, 'supervisor'),
        'campaign-results': req('GET', '/api/v1/campaigns/%s/results' % campaign, 'supervisor'),
        'campaign-create': req('POST', '/api/v1/campaigns', 'officer',
                               {'id': new_id % 2, 'title': 'demo', 'content': 'demo content', 'service_id': service,
                                'policy': 'demo policy', 'audience': {'tag': 't_elderly'},
                                'schedule': {'kind': 'once', 'at': '2026-12-01T08:00:00.000Z'},
                                'frequency_cap_days': 7, 'channel': 'sms', 'holdout_percent': 10},
                               extra=(idem[0] % 5,)),
        'household': req('GET', '/api/v1/households/' + household, 'grid'),
        'incident': req('GET', '/api/v1/incidents/' + incident, 'grid'),
        'incident-action': req('POST', '/api/v1/incidents/%s/actions' % incident, 'grid',
                               {'action': 'start', 'base_version': 1, 'note': 'demo'}, extra=(idem[0] % 6,)),
        'task': req('GET', '/api/v1/tasks/' + task, 'grid'),
        'task-action': req('POST', '/api/v1/tasks/%s/actions' % task, 'grid',
                           {'action': 'start', 'base_version': 1}, extra=(idem[0] % 7,)),
        'visit': req('GET', '/api/v1/visits/' + visit, 'grid'),
        'visit-create-ok': req('POST', '/api/v1/visits', 'grid',
                               {'id': new_id % 3, 'household_id': household, 'kind': 'routine',
                                'visited_at': '2026-11-24T08:00:00.000Z', 'summary': 'demo visit'},
                               extra=(idem[0] % 8,)),
        'note': req('GET', '/api/v1/notes/' + note, 'officer'),
        'note-create-ok': req('POST', '/api/v1/notes', 'officer',
                              {'id': new_id % 4, 'subject_type': 'citizen', 'subject_id': citizen, 'text': 'demo'},
                              extra=(idem[0] % 9,)),
        'push': req('GET', '/api/v1/pushes/' + push, 'officer'),
        'push-create': req('POST', '/api/v1/pushes', 'officer',
                           {'id': new_id % 5, 'citizen_id': citizen, 'service_id': service, 'channel': 'sms',
                            'message': 'demo'}, extra=(idem[0] % 10,)),
        'message': req('GET', '/api/v1/messages/' + message, 'supervisor'),
        'service': req('GET', '/api/v1/services/' + service, 'officer'),
        'portal-inbox': req('GET', '/api/v1/portal/citizens/%s/inbox' % citizen, 'portal'),
        'portal-opened': req('POST', '/api/v1/portal/inbox/%s/opened' % inbox, 'portal', {'citizen_id': citizen}),
        'enrolment-rounds': req('GET', '/api/v1/enrolment-rounds', 'officer'),
        'grids': req('GET', '/api/v1/grids', 'grid'),
        'audit-verify': req('GET', '/api/v1/audit/verify', 'admin'),
    })
    for name, data in seeds.items():
        write('request', name, data)


def search():
    seeds = [
        (0, '张三\n张三\n3502**********1234\n138****8000\n'),
        (0, 'zhangsan\n张三丰\n3505**********5678\n139****1234\n'),
        (0, 'zs\n张三\n\n\n'),
        (0, 'zhang san\n张三\n\n\n'),
        (0, '张san\n张三\n\n\n'),
        (0, '1234\n王五\n3502**********1234\n\n'),
        (0, '８０００\n李王\n\n138****8000\n'),
        (2, '单田芳\n单田芳\n\n\n'),
        (0, 'shan\n单田芳\n\n\n'),
        (0, '曾国藩\n曾国藩\n\n\n'),
        (0, 'lv xiao\n吕小明\n\n\n'),
        (0, 'ouyang\n欧阳娜娜\n\n\n'),
        (0, '阿依古丽\n阿依古丽·买买提\n6501**********0088\n199****3030\n'),
        (1, 'xiamen\n厦门鑫源贸易有限公司\n\n0592****3456\n91350203MA31ABCD5K'),
        (1, 'MA31\nABC科技（厦门）有限公司\n\n\n91350206MA8UXYZ01Q'),
        (1, '招商 银行\n招商银行厦门分行\n\n\n91350200260130346B'),
        (0, '"张三" OR name:*\n张三\n\n\n'),
        (0, 'NEAR(a b) ^x -y\nab\n\n\n'),
        (0, '***\n张三\n\n\n'),
        (2, '350203199003071230\n陈明\n350203199003071230\n13912345678\n'),
        (0, 'a\n张\n\n\n'),
        (3, 'hang\n银行\n\n\n'),
    ]
    for i, (opt, text) in enumerate(seeds):
        write('search', 'seed-%02d' % i, bytes([opt]) + text.encode())


def dictionaries():
    d = os.path.join(FUZZ, 'dict')
    os.makedirs(d, exist_ok=True)
    json_tokens = ['{', '}', '[', ']', ':', ',', 'null', 'true', 'false', '-0', '1e308', '4294967297',
                   '9007199254740993', '\\u0000', '\\ud800', '"2026-02-29"', '"2026-11-24T08:00:00.000Z"',
                   '"2026-11-24T16:00:00+08:00"']
    keys = sorted({key for fields in STRUCTS.values() for key, _ in fields})

    def entry(text):
        out = ''
        for b in text.encode():
            if b == 0x5c or b == 0x22 or b < 0x20 or b > 0x7e:
                out += '\\x%02X' % b
            else:
                out += chr(b)
        return '"' + out + '"'

    def save(name, items):
        with open(os.path.join(d, name + '.dict'), 'w') as f:
            f.write('# libFuzzer dictionary for fuzz_%s (generated by tools/makecorpus.py)\n' % name)
            for item in items:
                f.write(entry(item) + '\n')

    save('contract', json_tokens + ['"%s":' % k for k in keys])
    save('changefeed', json_tokens + ['"%s":' % k for k in keys] +
         ['"changes":', '"next":', '"has_more":', '"last_seq":', '"data":', '"upsert"', '"delete"', '"\\u0063hanges"'] +
         ['"%s"' % e for e in ('citizen', 'enterprise', 'application', 'bill', 'benefit', 'message', 'visit', 'push',
                              'note', 'campaign', 'household', 'incident', 'task', 'tag', 'region', 'department',
                              'service')])
    save('audience', json_tokens + ['"op":', '"and"', '"or"', '"not"', '"args":', '"arg":', '"tag":', '"age":',
                                    '"gender":', '"region":', '"realname_level":', '"life_event":', '"min":',
                                    '"max":', '"from_days":', '"to_days":', '"male"', '"female"', '"t_pregnant"',
                                    '"t_elderly"', '"350206"', '"st_1"', '"cm_2"', '"g_3"', '150', '36600'])
    save('request', ['GET ', 'POST ', 'PATCH ', 'PUT ', 'DELETE ', 'HEAD ', 'OPTIONS ', ' HTTP/1.1\r\n', '\r\n',
                     '\r\n\r\n', 'Authorization: Bearer gda_fuzz_admin', 'Authorization: Bearer gda_fuzz_officer',
                     'Authorization: Bearer gda_fuzz_grid', 'Authorization: Bearer gda_fuzz_district',
                     'Authorization: Bearer gda_fuzz_portal', 'Content-Type: application/json',
                     'Content-Length: ', 'Transfer-Encoding: chunked', 'Accept-Encoding: gzip',
                     'Idempotency-Key: ', 'If-Match: ', 'Last-Event-ID: ', 'Range: bytes=0-',
                     'Expect: 100-continue', '?limit=', '&offset=', '&q=', '&sort=', '&since=', '%00', '%E5%BC%A0'] +
         sorted(set(re.findall(r'"(/api/v1/[^"{]*)', ''.join(open(os.path.join(ROOT, 'server', 'http', f)).read()
                                                          for f in os.listdir(os.path.join(ROOT, 'server', 'http'))
                                                          if f.endswith('.cpp'))))) +
         ['"%s":' % k for k in keys])
    save('search', ['张', '三', '王', '单', '曾', '厦', '行', '吕', 'zhang', 'san', 'zs', 'lv', 'xiamen', '3502', '****',
                    '8000', '91350203MA31ABCD5K', '\n', '"', '*', 'OR', 'AND', 'NOT', 'NEAR(', '^', ':', '{', '}',
                    '（', '·', '０', 'Ａ'])


def main():
    for target in ('contract', 'changefeed', 'audience', 'request', 'search'):
        shutil.rmtree(os.path.join(FUZZ, 'corpus', target), ignore_errors=True)
    contract()
    changefeed()
    audience()
    request()
    search()
    dictionaries()


if __name__ == '__main__':
    main()
