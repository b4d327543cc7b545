package health

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// The contract's codes, by their names (index = code; index 0 is no value). Only codes go on
// chain: a category says "imaging", never what the image shows.
var (
	Roles      = []string{"", "hospital", "clinic", "imaging", "insurer"}
	Categories = []string{"", "imaging", "lab", "prescription", "discharge"}
	Purposes   = []string{"", "treatment", "insurance"}
	// Reasons are the named break-glass reasons; any code 1-65535 is accepted.
	Reasons = []string{"", "unconscious", "life-threatening", "urgent-transfer"}
)

// RoleInsurer is the role of insurers, which hold no records and read them for claims.
const RoleInsurer = 4

func init() {
	// Code zero is "none" in an error's explanation.
	none := func(names []string) []string { return append([]string{"none"}, names[1:]...) }
	for errName, args := range map[string][]string{
		"HealthBadRole": {"role"}, "HealthRoleCannotAnchor": {"role"}, "HealthPurposeNotForRole": {"role", "purpose"},
		"HealthNoEmergencyForRole": {"role"}, "HealthCategoryNotGranted": {"category"}, "HealthBadCategory": {"category"},
		"HealthBadPurpose": {"purpose"},
	} {
		for _, arg := range args {
			cmdkit.RegisterEnum(errName, arg, none(map[string][]string{"role": Roles, "purpose": Purposes, "category": Categories}[arg])...)
		}
	}
}

// code finds name (or a number naming a listed code) in names.
func code(what, flag, name string, names []string) (uint8, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	if i := slices.Index(names, name); i > 0 {
		return uint8(i), nil
	}
	if n, err := strconv.Atoi(name); err == nil && n > 0 && n < len(names) {
		return uint8(n), nil
	}
	return 0, cmdkit.Usagef("--%s %q: want a %s: %s", flag, name, what, strings.Join(names[1:], ", "))
}

// ParseRole reads a provider role.
func ParseRole(s string) (uint8, error) { return code("role", "role", s, Roles) }

// ParsePurpose reads a consent's purpose.
func ParsePurpose(s string) (uint8, error) { return code("purpose", "purpose", s, Purposes) }

// ParseCategory reads one record category.
func ParseCategory(s string) (uint8, error) { return code("category", "category", s, Categories) }

// ParseCategories reads a comma-separated list of categories into the consent's bit mask.
func ParseCategories(s string) (uint8, error) {
	var mask uint8
	for _, part := range strings.Split(s, ",") {
		c, err := code("category", "categories", part, Categories)
		if err != nil {
			return 0, err
		}
		mask |= 1 << c
	}
	return mask, nil
}

// ParseReason reads a break-glass reason: a name of Reasons or a code 1-65535.
func ParseReason(s string) (uint16, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := slices.Index(Reasons, s); i > 0 {
		return uint16(i), nil
	}
	if n, err := strconv.ParseUint(s, 10, 16); err == nil && n > 0 {
		return uint16(n), nil
	}
	return 0, cmdkit.Usagef("--emergency %q: want a reason (%s) or a code 1-65535: the patient sees why their record was read",
		s, strings.Join(Reasons[1:], ", "))
}

// name is the name of code in names, or the number when unnamed.
func name(names []string, code uint64) string {
	if code > 0 && code < uint64(len(names)) {
		return names[code]
	}
	return fmt.Sprint(code)
}

// CategoryNames lists the categories of a consent's mask.
func CategoryNames(mask uint8) []string {
	var out []string
	for c := 1; c < len(Categories); c++ {
		if mask&(1<<c) != 0 {
			out = append(out, Categories[c])
		}
	}
	return out
}
