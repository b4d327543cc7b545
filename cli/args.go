package cli

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
)

// checkArgs refuses arguments that look like flags: urfave/cli v2 stops reading flags at
// the first argument, so `escrow hold 1 0 0x… --reason x` would otherwise lose --reason,
// and a trailing --dry-run would be ignored and the transaction sent.
func checkArgs(c *cli.Context, usage string) error {
	for _, a := range c.Args().Slice() {
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			return usagef("%q comes after the arguments, where it is not read as an option: put options first, as in %s [options] %s", a, c.Command.HelpName, usage)
		}
	}
	return nil
}

// exactArgs checks that the command got exactly the named arguments.
func exactArgs(c *cli.Context, names ...string) error {
	usage := strings.Join(names, " ")
	if err := checkArgs(c, usage); err != nil {
		return err
	}
	if c.NArg() != len(names) {
		if len(names) == 0 {
			return usagef("%s takes no arguments, got %q", c.Command.HelpName, c.Args().Slice())
		}
		return usagef("%s takes %s; got %d argument(s)", c.Command.HelpName, usage, c.NArg())
	}
	return nil
}

// uintArg parses argument i, named name, as a whole number.
func uintArg(c *cli.Context, i int, name string) (*big.Int, error) {
	v, err := strconv.ParseUint(c.Args().Get(i), 10, 64)
	if err != nil {
		return nil, usagef("%s: %q is not a whole number", name, c.Args().Get(i))
	}
	return new(big.Int).SetUint64(v), nil
}

// requireFlag checks a flag that is required but not marked so: urfave/cli checks marked
// flags before the action runs, which would hide checkArgs's hint about options written
// after the arguments.
func requireFlag(c *cli.Context, f *cli.StringFlag) (string, error) {
	v := strings.TrimSpace(c.String(f.Name))
	if v == "" {
		return "", usagef("--%s is required: %s", f.Name, f.Usage)
	}
	return v, nil
}

// idArg checks that the command got exactly one ID argument and parses it.
func idArg(c *cli.Context) (*big.Int, error) {
	if err := exactArgs(c, "ID"); err != nil {
		return nil, err
	}
	return uintArg(c, 0, "ID")
}
