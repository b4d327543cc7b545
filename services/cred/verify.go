package cred

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// OnChain is an EAS attestation as the verifier reads it.
type OnChain struct {
	UID        common.Hash
	Schema     common.Hash
	Attester   common.Address
	Recipient  common.Address
	Expiration uint64 // Unix seconds; 0: none
	Revocation uint64 // Unix seconds; 0: not revoked
	Data       []byte // the commitment: abi.encode(bytes32 root)
}

// ErrNotFound is returned by Chain.Attestation for a UID EAS does not know.
var ErrNotFound = errors.New("no such attestation")

// Chain is what the verifier reads on chain.
type Chain interface {
	// Attestation returns the attestation uid or ErrNotFound.
	Attestation(ctx context.Context, uid common.Hash) (*OnChain, error)
	// Trusted reports whether the city's resolver trusts issuer for schema now.
	Trusted(ctx context.Context, schema common.Hash, issuer common.Address) (bool, error)
}

// Challenges are a verifier's challenges: issued once, each good for one presentation.
type Challenges struct {
	mu     sync.Mutex
	issued map[common.Hash]challenge
	ttl    time.Duration
}

type challenge struct { // fields exported to JSON for the challenge file
	Audience string    `json:"audience"`
	Expires  time.Time `json:"expires"`
	Used     bool      `json:"used"`
}

// Refusals of a challenge.
var (
	ErrChallengeUnknown = errors.New("challenge not issued by this verifier")
	ErrChallengeUsed    = errors.New("challenge already used (a replayed presentation)")
	ErrChallengeExpired = errors.New("challenge expired")
	ErrChallengeForeign = errors.New("challenge issued for another audience")
)

// NewChallenges returns an empty store whose challenges live ttl.
func NewChallenges(ttl time.Duration) *Challenges {
	return &Challenges{issued: map[common.Hash]challenge{}, ttl: ttl}
}

// Issue returns a fresh random challenge for audience.
func (c *Challenges) Issue(audience string, now time.Time) (common.Hash, error) {
	var h common.Hash
	if _, err := rand.Read(h[:]); err != nil {
		return h, fmt.Errorf("challenge: %w", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, v := range c.issued { // forget the long dead: the map stays small
		if now.After(v.Expires.Add(c.ttl)) {
			delete(c.issued, k)
		}
	}
	c.issued[h] = challenge{Audience: audience, Expires: now.Add(c.ttl)}
	return h, nil
}

// Pending is how many challenges the store holds, used or not, until they are forgotten.
func (c *Challenges) Pending() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.issued)
}

// Consume marks the challenge used, or says why it cannot be.
func (c *Challenges) Consume(h common.Hash, audience string, now time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch, ok := c.issued[h]
	switch {
	case !ok:
		return ErrChallengeUnknown
	case ch.Used:
		return ErrChallengeUsed
	case ch.Audience != audience:
		return fmt.Errorf("%w (%s)", ErrChallengeForeign, ch.Audience)
	case now.After(ch.Expires):
		return ErrChallengeExpired
	}
	ch.Used = true
	c.issued[h] = ch
	return nil
}

// Verifier checks presentations for one programme.
type Verifier struct {
	Chain Chain
	// Challenges are the verifier's; nil when the caller checked the presentation's
	// challenge itself (the relayer's sign-in binds it in its own signed message).
	Challenges *Challenges
	ChainID    uint64
	EAS        common.Address
}

// Check is one line of a verdict.
type Check struct {
	Check  string `json:"check"`
	Pass   bool   `json:"pass"`
	Reason string `json:"reason"`
}

// Verdict is the outcome of a presentation against a policy: every check, in order.
type Verdict struct {
	Policy   string         `json:"policy"`
	Holder   common.Address `json:"holder"`
	Eligible bool           `json:"eligible"`
	Checks   []Check        `json:"checks"`
	// Proved are the disclosed fields proved against good credentials, by
	// "credential.field": what a caller may act on (the sign-in's claims), never printed.
	Proved map[string]string `json:"-"`
}

func (v *Verdict) add(name string, pass bool, format string, args ...any) {
	v.Checks = append(v.Checks, Check{Check: name, Pass: pass, Reason: fmt.Sprintf(format, args...)})
}

// Check verifies p against pol at now and evaluates the policy's rules on the fields that
// passed. The error is for what stopped the check (the chain unreachable), never for a
// refusal: refusals are failed checks in the verdict.
func (v *Verifier) Check(ctx context.Context, p *Presentation, pol *Policy, now time.Time) (*Verdict, error) {
	out := &Verdict{Policy: pol.Name, Holder: p.Holder}
	signer, err := p.Signer()
	switch {
	case err != nil:
		out.add("holder signature", false, "unreadable: %v", err)
	case signer != p.Holder:
		out.add("holder signature", false, "signed by %s, not by the holder %s", signer.Hex(), p.Holder.Hex())
	default:
		out.add("holder signature", true, "signed by the holder %s", p.Holder.Hex())
	}
	if p.Audience != pol.Audience {
		out.add("audience", false, "presented to %q, not to %q", p.Audience, pol.Audience)
	} else {
		out.add("audience", true, "presented to %q", p.Audience)
	}
	if p.ChainID != v.ChainID || p.EAS != v.EAS {
		out.add("chain", false, "made for chain %d, EAS %s; this is chain %d, EAS %s", p.ChainID, p.EAS.Hex(), v.ChainID, v.EAS.Hex())
	}
	issued := time.Unix(int64(p.IssuedAt), 0)
	switch age := now.Sub(issued); {
	case age > pol.MaxAge():
		out.add("freshness", false, "signed %s ago, more than %s", age.Round(time.Second), pol.MaxAge())
	case age < -time.Minute:
		out.add("freshness", false, "signed in the future (%s)", issued.UTC().Format(time.RFC3339))
	}
	// The challenge is consumed only for a presentation the holder signed for us: a forged
	// one must not burn the holder's challenge.
	if v.Challenges != nil && signer == p.Holder && p.Audience == pol.Audience {
		if err := v.Challenges.Consume(p.Challenge, pol.Audience, now); err != nil {
			out.add("challenge", false, "%s: %v", p.Challenge.Hex(), err)
		} else {
			out.add("challenge", true, "issued by this verifier, used once")
		}
	}

	fields, err := v.credentials(ctx, out, p, pol, now)
	if err != nil {
		return nil, err
	}
	out.Proved = fields
	date := pol.ApplicationDate(now)
	for _, r := range pol.Rules {
		val, ok := fields[r.Field]
		if !ok {
			out.add(r.Name, false, "%s not disclosed (or its credential was refused)", r.Field)
			continue
		}
		pass, reason := r.eval(val, date)
		out.add(r.Name, pass, "%s", reason)
	}
	out.Eligible = true
	for _, c := range out.Checks {
		out.Eligible = out.Eligible && c.Pass
	}
	return out, nil
}

// credentials checks each required credential on chain and returns the fields proved
// against the good ones, by "credential.field".
func (v *Verifier) credentials(ctx context.Context, out *Verdict, p *Presentation, pol *Policy, now time.Time) (map[string]string, error) {
	fields := map[string]string{}
	shown := map[common.Hash]*OnChain{}
	for _, name := range sortedNames(pol.Credentials) {
		req := pol.Credentials[name]
		check := "credential " + name
		var found *Shown
		var att *OnChain
		for i := range p.Credentials {
			s := &p.Credentials[i]
			a, ok := shown[s.UID]
			if !ok {
				var err error
				if a, err = v.Chain.Attestation(ctx, s.UID); errors.Is(err, ErrNotFound) {
					a = nil
				} else if err != nil {
					return nil, fmt.Errorf("read attestation %s: %w", s.UID.Hex(), err)
				}
				shown[s.UID] = a
			}
			if a != nil && a.Schema == req.Schema {
				found, att = s, a
				break
			}
		}
		if found == nil {
			out.add(check, false, "no attestation of schema %s presented", req.Schema.Hex())
			continue
		}
		trusted, err := v.Chain.Trusted(ctx, att.Schema, att.Attester)
		if err != nil {
			return nil, fmt.Errorf("read the trust list: %w", err)
		}
		switch {
		case att.Recipient != p.Holder:
			out.add(check, false, "attestation %s is %s's, not the holder's", att.UID.Hex(), att.Recipient.Hex())
		case att.Revocation != 0:
			out.add(check, false, "revoked by the issuer at %s", stamp(att.Revocation))
		case att.Expiration != 0 && att.Expiration <= uint64(now.Unix()):
			out.add(check, false, "expired at %s", stamp(att.Expiration))
		case len(req.Issuers) > 0 && !contains(req.Issuers, att.Attester): // none listed: the city's trust list decides
			out.add(check, false, "issuer %s is not one this programme accepts", att.Attester.Hex())
		case !trusted:
			out.add(check, false, "issuer %s is not trusted by the city for this schema", att.Attester.Hex())
		case len(att.Data) != 32:
			out.add(check, false, "attestation data is not a 32-byte commitment")
		default:
			root := common.BytesToHash(att.Data)
			var bad []string
			for _, f := range found.Fields {
				if VerifyField(root, f.Field, f.Proof) {
					fields[name+"."+f.Name] = f.Value
				} else {
					bad = append(bad, f.Name)
				}
			}
			if len(bad) > 0 {
				out.add(check, false, "field %s does not match the issuer's commitment (altered)", strings.Join(bad, ", "))
				continue
			}
			out.add(check, true, "issued by %s, expires %s, %d field(s) proved", att.Attester.Hex(), stamp(att.Expiration), len(found.Fields))
		}
	}
	return fields, nil
}

func stamp(unix uint64) string { return time.Unix(int64(unix), 0).UTC().Format(time.RFC3339) }

func contains(list []common.Address, a common.Address) bool {
	for _, x := range list {
		if x == a {
			return true
		}
	}
	return false
}

// eval applies the rule to the field's value.
func (r Rule) eval(val string, date time.Time) (bool, string) {
	switch {
	case r.Equals != nil:
		return val == *r.Equals, fmt.Sprintf("%s = %q", r.Field, val)
	case r.OneOf != nil:
		return containsString(r.OneOf, val), fmt.Sprintf("%s = %q", r.Field, val)
	case r.NotIn != nil:
		return !containsString(r.NotIn, val), fmt.Sprintf("%s = %q", r.Field, val)
	case r.AtMost != nil || r.AtLeast != nil:
		n, err := strconv.ParseInt(val, 10, 64)
		if err != nil {
			return false, fmt.Sprintf("%s = %q is not a whole number", r.Field, val)
		}
		if r.AtMost != nil {
			return n <= *r.AtMost, fmt.Sprintf("%s = %d, at most %d", r.Field, n, *r.AtMost)
		}
		return n >= *r.AtLeast, fmt.Sprintf("%s = %d, at least %d", r.Field, n, *r.AtLeast)
	default:
		born, err := time.Parse(time.DateOnly, val)
		if err != nil {
			return false, fmt.Sprintf("%s = %q is not a date (YYYY-MM-DD)", r.Field, val)
		}
		age := ageOn(born, date)
		return age >= r.AgeBetween[0] && age <= r.AgeBetween[1],
			fmt.Sprintf("age %d on %s (%d to %d)", age, date.Format(time.DateOnly), r.AgeBetween[0], r.AgeBetween[1])
	}
}

// ageOn is the age in whole years on date of someone born on born (a birthday on 29
// February counts on 1 March in other years).
func ageOn(born, date time.Time) int {
	age := date.Year() - born.Year()
	if date.Month() < born.Month() || (date.Month() == born.Month() && date.Day() < born.Day()) {
		age--
	}
	return age
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
