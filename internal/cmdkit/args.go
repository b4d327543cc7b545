package cmdkit

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/hexaddr"
)

// CheckArgs refuses an argument that looks like an option. Run moves every option before
// the arguments (ReorderArgs), so one is left among them only when an app was run without
// Run; refusing it then beats ignoring a trailing --dry-run and sending.
func CheckArgs(c *cli.Context, usage string) error {
	if c.App.Metadata[reorderedKey] == true {
		return nil
	}
	for _, a := range c.Args().Slice() {
		if _, _, ok := optionName(a); ok {
			return Usagef("%q comes after the arguments, where it is not read as an option: put options first, as in %s [options] %s", a, c.Command.HelpName, usage)
		}
	}
	return nil
}

// ExactArgs checks that the command got exactly the named arguments.
func ExactArgs(c *cli.Context, names ...string) error {
	usage := strings.Join(names, " ")
	if err := CheckArgs(c, usage); err != nil {
		return err
	}
	if c.NArg() != len(names) {
		if len(names) == 0 {
			return Usagef("%s takes no arguments, got %q", c.Command.HelpName, c.Args().Slice())
		}
		return Usagef("%s takes %s; got %d argument(s)", c.Command.HelpName, usage, c.NArg())
	}
	return nil
}

// UintArg parses argument i, named name, as a whole number.
func UintArg(c *cli.Context, i int, name string) (*big.Int, error) {
	v, err := strconv.ParseUint(c.Args().Get(i), 10, 64)
	if err != nil {
		return nil, Usagef("%s: %q is not a whole number", name, c.Args().Get(i))
	}
	return new(big.Int).SetUint64(v), nil
}

// RequireFlag checks a flag that is required but not marked so: urfave/cli checks marked
// flags before the action runs, which would hide checkArgs's hint about options written
// after the arguments.
func RequireFlag(c *cli.Context, f *cli.StringFlag) (string, error) {
	v := strings.TrimSpace(c.String(f.Name))
	if v == "" {
		// A required flag's help starts with "required: ", so that --help says so too.
		return "", Usagef("--%s is required: %s", f.Name, strings.TrimPrefix(f.Usage, "required: "))
	}
	return v, nil
}

// IDArg checks that the command got exactly one ID argument and parses it.
func IDArg(c *cli.Context) (*big.Int, error) {
	if err := ExactArgs(c, "ID"); err != nil {
		return nil, err
	}
	return UintArg(c, 0, "ID")
}

// AddressFlag parses a required address flag.
func AddressFlag(c *cli.Context, f *cli.StringFlag) (common.Address, error) {
	s, err := RequireFlag(c, f)
	if err != nil {
		return common.Address{}, err
	}
	a, err := hexaddr.Parse(s)
	if err != nil {
		return common.Address{}, Usagef("--%s: %w", f.Name, err)
	}
	return a, nil
}

// AddressArg checks that the command got exactly one argument, an address named name.
func AddressArg(c *cli.Context, name string) (common.Address, error) {
	if err := ExactArgs(c, name); err != nil {
		return common.Address{}, err
	}
	a, err := hexaddr.Parse(c.Args().First())
	if err != nil {
		return common.Address{}, Usagef("%s: %w", name, err)
	}
	return a, nil
}

// AddressList parses a repeatable address flag.
func AddressList(c *cli.Context, f *cli.StringSliceFlag) ([]common.Address, error) {
	out := []common.Address{}
	for _, s := range c.StringSlice(f.Name) {
		a, err := hexaddr.Parse(s)
		if err != nil {
			return nil, Usagef("--%s: %w", f.Name, err)
		}
		out = append(out, a)
	}
	return out, nil
}
