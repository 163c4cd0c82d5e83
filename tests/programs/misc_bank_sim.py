accounts = {}
log = []
def open_account(name, initial=0):
    accounts[name] = initial
    log.append(('open', name, initial))
def transfer(src, dst, amount):
    if accounts.get(src, 0) < amount:
        log.append(('fail', src, dst, amount))
        return False
    accounts[src] -= amount
    accounts[dst] = accounts.get(dst, 0) + amount
    log.append(('xfer', src, dst, amount))
    return True
def apply_interest(rate_pct):
    for name in accounts:
        accounts[name] += accounts[name] * rate_pct // 100
open_account('alice', 1000)
open_account('bob')
open_account('carol', 250)
print(transfer('alice', 'bob', 300), transfer('bob', 'carol', 500), transfer('carol', 'dave', 50))
apply_interest(5)
print(accounts)
for entry in log:
    kind, *rest = entry
    print(f'{kind:<5}', *rest)
richest = max(accounts.items(), key=lambda kv: kv[1])
print('richest', richest)
print('total', sum(accounts.values()))
print(sorted(accounts, key=lambda n: accounts[n]))
balances = list(accounts.values())
print(balances, [b for b in balances if b > 100], any([b == 0 for b in balances]))
history = {name: [e for e in log if name in e[1:3]] for name in accounts}
print({k: len(v) for k, v in history.items()})
