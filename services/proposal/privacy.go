package proposal

import (
	"errors"
	"fmt"
	"regexp"
)

// ErrPersonalData is returned for a title, text or answer that looks like it holds a
// person's data: published text is on chain for good and public.
var ErrPersonalData = errors.New("text looks like it holds personal data")

// personal are the shapes of personal data a proposal has no reason to contain; a match
// is refused, not masked, so the citizen decides what to write instead.
var personal = []struct {
	what string
	re   *regexp.Regexp
}{
	{"a resident registration number (주민등록번호)", regexp.MustCompile(`\b\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\s?-?\s?[1-8]\d{6}\b`)},
	{"a mobile phone number", regexp.MustCompile(`\b01[016789][\s.-]?\d{3,4}[\s.-]?\d{4}\b`)},
	{"a phone number", regexp.MustCompile(`\b0\d{1,2}[\s.)-]\s?\d{3,4}[\s.-]\d{4}\b`)},
	{"an e-mail address", regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`)},
	{"a bank account or card number", regexp.MustCompile(`\b\d{3,6}-\d{2,6}-\d{4,8}(-\d{1,4})?\b|\b(\d{4}[\s-]){3}\d{4}\b`)},
	{"a passport number", regexp.MustCompile(`\b[MSROD]\d{8}\b`)},
}

// CheckPublishable refuses text (field names it: "title", "text", "answer") that holds
// something shaped like personal data, naming what was found and the ways out.
func CheckPublishable(field, text string) error {
	for _, p := range personal {
		if loc := p.re.FindStringIndex(text); loc != nil {
			return fmt.Errorf("%w: the %s holds what looks like %s at byte %d; remove it (the city contacts authors through its own records, never the chain), or publish the %s's hash only with --hash-only",
				ErrPersonalData, field, p.what, loc[0], field)
		}
	}
	return nil
}
