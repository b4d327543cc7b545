package cred

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

var (
	easAddr         = common.HexToAddress("0x00000000000000000000000000000000000000ea")
	residenceSchema = common.HexToHash("0x01")
	incomeSchema    = common.HexToHash("0x02")
	jobSchema       = common.HexToHash("0x03")
)

// fakeChain is EAS and the resolver's trust list in memory.
type fakeChain struct {
	atts    map[common.Hash]*OnChain
	trusted map[common.Hash]map[common.Address]bool
}

func (f *fakeChain) Attestation(_ context.Context, uid common.Hash) (*OnChain, error) {
	a, ok := f.atts[uid]
	if !ok {
		return nil, ErrNotFound
	}
	c := *a
	return &c, nil
}

func (f *fakeChain) Trusted(_ context.Context, schema common.Hash, issuer common.Address) (bool, error) {
	return f.trusted[schema][issuer], nil
}

type world struct {
	t              *testing.T
	chain          *fakeChain
	office, holder *ecdsa.PrivateKey
	other          *ecdsa.PrivateKey
	creds          []*Credential
	now            time.Time
	policy         *Policy
	verifier       *Verifier
}

func key(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// youthPolicy is the youth allowance (청년수당) policy for the given issuer.
func youthPolicy(issuer common.Address) string {
	return fmt.Sprintf(`name = "youth-allowance"
audience = "youth.seoul.go.kr"
date = "2026-11-20"

[credentials.residence]
schema = "%s"
issuers = ["%s"]

[credentials.income]
schema = "%s"
issuers = ["%s"]

[credentials.employment]
schema = "%s"
issuers = ["%s"]

[[rules]]
name = "age 19 to 34 on the application date"
field = "residence.birthDate"
age_between = [19, 34]

[[rules]]
name = "resident of Seoul"
field = "residence.city"
equals = "Seoul"

[[rules]]
field = "income.bracket"
at_most = 150

[[rules]]
field = "employment.status"
not_in = ["full-time"]
`, residenceSchema.Hex(), issuer.Hex(), incomeSchema.Hex(), issuer.Hex(), jobSchema.Hex(), issuer.Hex())
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{t: t, office: key(t), holder: key(t), other: key(t), now: time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)}
	w.chain = &fakeChain{atts: map[common.Hash]*OnChain{}, trusted: map[common.Hash]map[common.Address]bool{}}
	w.creds = []*Credential{
		w.issue("residence", residenceSchema, map[string]string{"birthDate": "2001-04-13", "city": "Seoul", "district": "Mapo-gu", "name": "Kim Minji"}),
		w.issue("income", incomeSchema, map[string]string{"bracket": "120"}),
		w.issue("employment", jobSchema, map[string]string{"status": "unemployed"}),
	}
	pol, err := ParsePolicy("youth.toml", youthPolicy(addr(w.office)))
	if err != nil {
		t.Fatal(err)
	}
	w.policy = pol
	w.verifier = &Verifier{Chain: w.chain, Challenges: NewChallenges(5 * time.Minute), ChainID: 1337, EAS: easAddr}
	return w
}

func (w *world) issue(name string, schema common.Hash, values map[string]string) *Credential {
	w.t.Helper()
	fields, err := NewFields(values)
	if err != nil {
		w.t.Fatal(err)
	}
	tree, err := NewTree(fields)
	if err != nil {
		w.t.Fatal(err)
	}
	uid := crypto.Keccak256Hash([]byte(name))
	c := &Credential{Version: FormatVersion, ChainID: 1337, EAS: easAddr, UID: uid, Schema: schema, SchemaName: name,
		Issuer: addr(w.office), Holder: addr(w.holder), Expires: uint64(w.now.Add(365 * 24 * time.Hour).Unix()), Root: tree.Root(), Fields: fields}
	w.chain.atts[uid] = &OnChain{UID: uid, Schema: schema, Attester: c.Issuer, Recipient: c.Holder, Expiration: c.Expires, Data: tree.Root().Bytes()}
	if w.chain.trusted[schema] == nil {
		w.chain.trusted[schema] = map[common.Address]bool{}
	}
	w.chain.trusted[schema][c.Issuer] = true
	return c
}

var youthFields = []string{"residence.birthDate", "residence.city", "income.bracket", "employment.status"}

// present signs a presentation of fields for the policy's audience with a fresh challenge.
func (w *world) present(k *ecdsa.PrivateKey, fields []string) *Presentation {
	w.t.Helper()
	ch, err := w.verifier.Challenges.Issue(w.policy.Audience, w.now)
	if err != nil {
		w.t.Fatal(err)
	}
	p, err := Present(w.creds, fields, w.policy.Audience, ch, uint64(w.now.Unix()), k)
	if err != nil {
		w.t.Fatal(err)
	}
	return p
}

func (w *world) check(p *Presentation) *Verdict {
	w.t.Helper()
	v, err := w.verifier.Check(context.Background(), p, w.policy, w.now)
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

// failed returns the verdict's failed checks as "check: reason" lines.
func failed(v *Verdict) []string {
	var out []string
	for _, c := range v.Checks {
		if !c.Pass {
			out = append(out, c.Check+": "+c.Reason)
		}
	}
	return out
}

func TestEligible(t *testing.T) {
	w := newWorld(t)
	v := w.check(w.present(w.holder, youthFields))
	if !v.Eligible {
		t.Fatalf("not eligible: %v", failed(v))
	}
	// signature, audience, challenge; three credentials; four rules.
	if len(v.Checks) != 3+3+4 {
		t.Fatalf("%d checks, want 10: %+v", len(v.Checks), v.Checks)
	}
	for _, c := range v.Checks {
		if c.Reason == "" {
			t.Errorf("check %q has no reason", c.Check)
		}
	}
}

// TestSelectiveDisclosure: the name is never in the presentation; only the asked fields.
func TestSelectiveDisclosure(t *testing.T) {
	w := newWorld(t)
	p := w.present(w.holder, youthFields)
	n := 0
	for _, s := range p.Credentials {
		for _, f := range s.Fields {
			n++
			if f.Name == "name" || f.Name == "district" {
				t.Fatalf("undisclosed field %s presented", f.Name)
			}
		}
	}
	if n != len(youthFields) {
		t.Fatalf("%d fields presented, want %d", n, len(youthFields))
	}
	if _, err := Present(w.creds, []string{"residence.passport"}, "x", common.Hash{}, 0, w.holder); !errors.Is(err, ErrSelection) {
		t.Fatalf("unknown field: err = %v", err)
	}
}

// TestRefusals: each refusal of the issue, with the failed check and its reason.
func TestRefusals(t *testing.T) {
	for _, tc := range []struct {
		name string
		// mutate changes the world or the presentation before the check.
		mutate func(w *world, p *Presentation) *Presentation
		want   string // a substring of a failed check
	}{
		{"revoked", func(w *world, p *Presentation) *Presentation {
			w.chain.atts[w.creds[1].UID].Revocation = uint64(w.now.Add(-time.Hour).Unix())
			return p
		}, "credential income: revoked by the issuer"},
		{"expired", func(w *world, p *Presentation) *Presentation {
			w.chain.atts[w.creds[0].UID].Expiration = uint64(w.now.Add(-time.Second).Unix())
			return p
		}, "credential residence: expired at"},
		{"issuer no longer trusted by the city", func(w *world, p *Presentation) *Presentation {
			w.chain.trusted[incomeSchema][addr(w.office)] = false
			return p
		}, "credential income: issuer " + "0x"},
		{"issuer not accepted by the programme", func(w *world, p *Presentation) *Presentation {
			w.policy.Credentials["employment"] = Requirement{Schema: jobSchema, Issuers: []common.Address{addr(w.other)}}
			return p
		}, "is not one this programme accepts"},
		{"a field changed by one byte", func(w *world, p *Presentation) *Presentation {
			w.creds[1].Fields[0].Value = "121" // bracket 120 → 121, re-signed by the holder
			return w.present(w.holder, youthFields)
		}, "credential income: field bracket does not match the issuer's commitment"},
		{"a field changed after signing", func(w *world, p *Presentation) *Presentation {
			p.Credentials[0].Fields[1].Value = "Seoul "
			return p
		}, "holder signature: signed by 0x"},
		{"a needed field not disclosed", func(w *world, p *Presentation) *Presentation {
			return w.present(w.holder, youthFields[1:])
		}, "residence.birthDate not disclosed"},
		{"a replayed presentation", func(w *world, p *Presentation) *Presentation {
			w.check(p)
			return p
		}, "challenge already used"},
		{"a challenge this verifier never issued", func(w *world, p *Presentation) *Presentation {
			ch := common.HexToHash("0x1234")
			q, err := Present(w.creds, youthFields, w.policy.Audience, ch, uint64(w.now.Unix()), w.holder)
			if err != nil {
				t.Fatal(err)
			}
			return q
		}, "challenge not issued by this verifier"},
		{"a presentation for another audience", func(w *world, p *Presentation) *Presentation {
			ch, _ := w.verifier.Challenges.Issue("library.seoul.go.kr", w.now)
			q, err := Present(w.creds, youthFields, "library.seoul.go.kr", ch, uint64(w.now.Unix()), w.holder)
			if err != nil {
				t.Fatal(err)
			}
			return q
		}, `audience: presented to "library.seoul.go.kr"`},
		{"someone else's signature", func(w *world, p *Presentation) *Presentation {
			sig, err := p.sign(w.other)
			if err != nil {
				t.Fatal(err)
			}
			p.Signature = sig
			return p
		}, "holder signature: signed by " + "0x"},
		{"someone else's credentials", func(w *world, p *Presentation) *Presentation {
			for _, c := range w.creds {
				c.Holder = addr(w.other)
			}
			return w.present(w.other, youthFields)
		}, "not the holder's"},
		{"a stale presentation", func(w *world, p *Presentation) *Presentation {
			w.now = w.now.Add(time.Hour)
			return p
		}, "freshness: signed 1h0m0s ago"},
		{"too old on the application date", func(w *world, p *Presentation) *Presentation {
			w.policy.Date = "2036-04-13"
			return p
		}, "age 35 on 2036-04-13"},
		{"full-time employed", func(w *world, p *Presentation) *Presentation {
			w.creds[2] = w.issue("employment", jobSchema, map[string]string{"status": "full-time"})
			return w.present(w.holder, youthFields)
		}, `employment.status = "full-time"`},
		{"an unknown attestation", func(w *world, p *Presentation) *Presentation {
			delete(w.chain.atts, w.creds[0].UID)
			return p
		}, "credential residence: no attestation of schema"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t)
			p := tc.mutate(w, w.present(w.holder, youthFields))
			v := w.check(p)
			if v.Eligible {
				t.Fatalf("eligible, want refused with %q", tc.want)
			}
			if f := failed(v); !strings.Contains(strings.Join(f, "\n"), tc.want) {
				t.Fatalf("failed checks:\n  %s\nwant one with %q", strings.Join(f, "\n  "), tc.want)
			}
		})
	}
}

// TestForgedPresentationKeepsChallenge: a presentation someone else signed does not burn
// the holder's challenge.
func TestForgedPresentationKeepsChallenge(t *testing.T) {
	w := newWorld(t)
	p := w.present(w.holder, youthFields)
	forged := *p
	sig, err := p.sign(w.other)
	if err != nil {
		t.Fatal(err)
	}
	forged.Signature = sig
	if v := w.check(&forged); v.Eligible {
		t.Fatal("forged presentation eligible")
	}
	if v := w.check(p); !v.Eligible {
		t.Fatalf("the holder's own presentation refused after a forgery: %v", failed(v))
	}
}

func TestCommitment(t *testing.T) {
	for n := 1; n <= 9; n++ {
		values := map[string]string{}
		for i := 0; i < n; i++ {
			values[fmt.Sprintf("f%d", i)] = fmt.Sprint(i)
		}
		fields, err := NewFields(values)
		if err != nil {
			t.Fatal(err)
		}
		tree, err := NewTree(fields)
		if err != nil {
			t.Fatal(err)
		}
		for i, f := range fields {
			if !VerifyField(tree.Root(), f, tree.Proof(i)) {
				t.Fatalf("%d fields: proof of %d fails", n, i)
			}
			f.Salt[0] ^= 1
			if VerifyField(tree.Root(), f, tree.Proof(i)) {
				t.Fatalf("%d fields: a changed salt verifies", n)
			}
		}
	}
	if _, err := NewTree([]Field{{Name: "a"}, {Name: "a"}}); !errors.Is(err, ErrBadFields) {
		t.Fatalf("duplicate field: %v", err)
	}
}

func TestAgeOn(t *testing.T) {
	d := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	for _, tc := range []struct {
		born, on string
		want     int
	}{
		{"2001-04-13", "2026-04-12", 24}, {"2001-04-13", "2026-04-13", 25},
		{"2004-02-29", "2023-02-28", 18}, {"2004-02-29", "2023-03-01", 19},
	} {
		if got := ageOn(d(tc.born), d(tc.on)); got != tc.want {
			t.Errorf("born %s, on %s: %d, want %d", tc.born, tc.on, got, tc.want)
		}
	}
}

// TestMalformedPolicy: each problem is refused with its line.
func TestMalformedPolicy(t *testing.T) {
	good := youthPolicy(common.HexToAddress("0x01"))
	for _, tc := range []struct {
		name, src, want string
	}{
		{"syntax", strings.Replace(good, `equals = "Seoul"`, `equals = "Seoul`, 1), "youth.toml:25:"},
		{"unknown key", strings.Replace(good, `at_most = 150`, `at_mots = 150`, 1), `youth.toml:29: unknown key "rules.at_mots"`},
		{"two conditions", strings.Replace(good, `at_most = 150`, "at_most = 150\nat_least = 1", 1), "youth.toml:27: rule 3"},
		{"no condition", strings.Replace(good, "not_in = [\"full-time\"]\n", "", 1), "youth.toml:31: rule 4"},
		{"unknown credential", strings.Replace(good, `field = "income.bracket"`, `field = "salary.bracket"`, 1), `youth.toml:28: rule 3: field "salary.bracket"`},
		{"bad age range", strings.Replace(good, `[19, 34]`, `[34, 19]`, 1), "youth.toml:20: rule 1: age_between"},
		{"bad date", strings.Replace(good, `2026-11-20`, `20/11/2026`, 1), "youth.toml:3: date"},
		{"no issuers", strings.Replace(good, `issuers = ["`+common.HexToAddress("0x01").Hex()+`"]`, "issuers = []", 1), "youth.toml:5: credentials.residence: no issuers"},
		{"bad schema", strings.Replace(good, residenceSchema.Hex(), "0xnothex", 1), "youth.toml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParsePolicy("youth.toml", tc.src)
			if !errors.Is(err, ErrPolicy) {
				t.Fatalf("err = %v, want a policy error", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %q, want %q", err, tc.want)
			}
		})
	}
}
