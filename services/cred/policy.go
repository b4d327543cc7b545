package cred

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/ethereum/go-ethereum/common"
)

// Policy is a programme's eligibility rules, from a TOML file: the credentials it requires
// (each a schema and the issuers it accepts for it) and rules on their fields.
type Policy struct {
	// Name names the programme in verdicts.
	Name string `toml:"name"`
	// Audience is the verifier's name that presentations must be signed for.
	Audience string `toml:"audience"`
	// Date is the application date (YYYY-MM-DD) ages are computed on; empty: the day of
	// the check.
	Date string `toml:"date"`
	// MaxAgeSeconds is how old a presentation may be; 0: DefaultMaxAge.
	MaxAgeSeconds uint64 `toml:"max_age_seconds"`
	// Credentials maps a credential's name (the prefix of its fields in rules) to what
	// the programme accepts for it; each is required.
	Credentials map[string]Requirement `toml:"credentials"`
	Rules       []Rule                 `toml:"rules"`
}

// Requirement is one required credential.
type Requirement struct {
	Schema common.Hash `toml:"schema"`
	// Issuers are the issuers the programme accepts; a policy file must list them. Empty
	// (only in Go: the sign-in) leaves it to the city's trust list.
	Issuers []common.Address `toml:"issuers"`
}

// Rule is one condition on one disclosed field ("credential.field"); exactly one of the
// conditions is set.
type Rule struct {
	Name       string   `toml:"name"`
	Field      string   `toml:"field"`
	Equals     *string  `toml:"equals"`
	OneOf      []string `toml:"one_of"`
	NotIn      []string `toml:"not_in"`
	AtMost     *int64   `toml:"at_most"`
	AtLeast    *int64   `toml:"at_least"`
	AgeBetween []int    `toml:"age_between"` // [min, max] in whole years, on the policy's date
}

// DefaultMaxAge is how old a presentation may be when the policy does not say.
const DefaultMaxAge = 10 * time.Minute

// ErrPolicy is what a policy file's problems unwrap to.
var ErrPolicy = errors.New("policy file has problems")

// PolicyError is a problem of a policy file, at its line (0 when unknown).
type PolicyError struct {
	Path string
	Line int
	Msg  string
}

func (e *PolicyError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

func (e *PolicyError) Unwrap() error { return ErrPolicy }

var identifier = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// ReadPolicy reads and checks a policy file.
func ReadPolicy(path string) (*Policy, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read policy: %w", err)
	}
	return ParsePolicy(path, string(src))
}

// ParsePolicy decodes and checks the policy in src (path names it in errors). The first
// problem is returned with its line.
func ParsePolicy(path, src string) (*Policy, error) {
	var p Policy
	md, err := toml.Decode(src, &p)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &PolicyError{Path: path, Line: pe.Position.Line, Msg: pe.Message}
		}
		return nil, &PolicyError{Path: path, Msg: err.Error()}
	}
	fail := func(line int, format string, args ...any) error {
		return &PolicyError{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0]
		return nil, fail(locateKey(src, k), "unknown key %q", k.String())
	}
	if p.Name == "" {
		return nil, fail(0, "no name")
	}
	if p.Audience == "" {
		return nil, fail(0, "no audience (the verifier's name presentations are signed for)")
	}
	if p.Date != "" {
		if _, err := time.Parse(time.DateOnly, p.Date); err != nil {
			return nil, fail(locate(src, "", 0, "date"), "date %q: want YYYY-MM-DD", p.Date)
		}
	}
	if len(p.Credentials) == 0 {
		return nil, fail(0, "no [credentials.NAME]: a programme requires at least one credential")
	}
	for _, name := range sortedNames(p.Credentials) {
		r := p.Credentials[name]
		line := locate(src, "credentials."+name, 0, "")
		if !identifier.MatchString(name) {
			return nil, fail(line, "credential name %q: letters, digits and _", name)
		}
		if r.Schema == (common.Hash{}) {
			return nil, fail(line, "credentials.%s: no schema (its UID, 0x…)", name)
		}
		if len(r.Issuers) == 0 {
			return nil, fail(line, "credentials.%s: no issuers accepted", name)
		}
	}
	if len(p.Rules) == 0 {
		return nil, fail(0, "no [[rules]]")
	}
	for i := range p.Rules {
		r := &p.Rules[i]
		line := locate(src, "rules", i, "")
		cred, _, ok := strings.Cut(r.Field, ".")
		if !ok {
			return nil, fail(line, "rule %d: field %q: want credential.field, e.g. residence.birthDate", i+1, r.Field)
		}
		if _, ok := p.Credentials[cred]; !ok {
			return nil, fail(locate(src, "rules", i, "field"), "rule %d: field %q: no [credentials.%s] in the policy", i+1, r.Field, cred)
		}
		set := 0
		for _, on := range []bool{r.Equals != nil, r.OneOf != nil, r.NotIn != nil, r.AtMost != nil, r.AtLeast != nil, r.AgeBetween != nil} {
			if on {
				set++
			}
		}
		if set != 1 {
			return nil, fail(line, "rule %d (%s): want exactly one of equals, one_of, not_in, at_most, at_least, age_between; it has %d", i+1, r.Field, set)
		}
		if r.AgeBetween != nil && (len(r.AgeBetween) != 2 || r.AgeBetween[0] < 0 || r.AgeBetween[0] > r.AgeBetween[1]) {
			return nil, fail(locate(src, "rules", i, "age_between"), "rule %d: age_between %v: want [min, max], 0 <= min <= max", i+1, r.AgeBetween)
		}
		if r.Name == "" {
			r.Name = r.describe()
		}
	}
	return &p, nil
}

// MaxAge is how old a presentation may be.
func (p *Policy) MaxAge() time.Duration {
	if p.MaxAgeSeconds == 0 {
		return DefaultMaxAge
	}
	return time.Duration(p.MaxAgeSeconds) * time.Second
}

// ApplicationDate is the day ages are computed on.
func (p *Policy) ApplicationDate(now time.Time) time.Time {
	if d, err := time.Parse(time.DateOnly, p.Date); err == nil {
		return d
	}
	return now
}

func (r Rule) describe() string {
	switch {
	case r.Equals != nil:
		return fmt.Sprintf("%s is %q", r.Field, *r.Equals)
	case r.OneOf != nil:
		return fmt.Sprintf("%s is one of %s", r.Field, strings.Join(r.OneOf, ", "))
	case r.NotIn != nil:
		return fmt.Sprintf("%s is none of %s", r.Field, strings.Join(r.NotIn, ", "))
	case r.AtMost != nil:
		return fmt.Sprintf("%s is at most %d", r.Field, *r.AtMost)
	case r.AtLeast != nil:
		return fmt.Sprintf("%s is at least %d", r.Field, *r.AtLeast)
	default:
		return fmt.Sprintf("age from %s is %d to %d", r.Field, r.AgeBetween[0], r.AgeBetween[1])
	}
}

func sortedNames[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// locateKey finds the line of an undecoded key: a key of the top level, of a table, or of
// the last element of an array of tables (the decoder does not say which element).
func locateKey(src string, k toml.Key) int {
	if len(k) == 1 {
		return locate(src, "", 0, k[0])
	}
	table := strings.Join(k[:len(k)-1], ".")
	if n := strings.Count(src, "[["+table+"]]"); n > 0 {
		for i := 0; i < n; i++ {
			if l := locate(src, table, i, k[len(k)-1]); l > 0 && strings.Contains(lineAt(src, l), k[len(k)-1]) {
				return l
			}
		}
	}
	return locate(src, table, 0, k[len(k)-1])
}

func lineAt(src string, n int) string {
	lines := strings.Split(src, "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

// locate returns the line of key in the index-th table named table ("" for the top level,
// before any header; an array of tables counts its elements), or of the table's header
// when key is ""; 0 when not found. The TOML decoder gives lines of syntax errors only.
func locate(src, table string, index int, key string) int {
	current, seen := "", map[string]int{}
	header := 0
	for n, raw := range strings.Split(src, "\n") {
		line := strings.TrimSpace(raw)
		if strings.HasPrefix(line, "[") {
			name := strings.TrimSpace(strings.Trim(strings.SplitN(line, "#", 2)[0], "[] \t"))
			current = fmt.Sprintf("%s#%d", name, seen[name])
			seen[name]++
			if current == fmt.Sprintf("%s#%d", table, index) {
				header = n + 1
				if key == "" {
					return header
				}
			}
			continue
		}
		inTable := (table == "" && current == "") || current == fmt.Sprintf("%s#%d", table, index)
		if inTable && key != "" {
			if k, _, ok := strings.Cut(line, "="); ok && strings.Trim(strings.TrimSpace(k), `"`) == key {
				return n + 1
			}
		}
	}
	return header
}
