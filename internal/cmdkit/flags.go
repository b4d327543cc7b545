package cmdkit

import "github.com/urfave/cli/v2"

// EnvPrefix starts every flag's environment variable: --password-file is
// SEOULCHAIN_PASSWORD_FILE.
const EnvPrefix = "SEOULCHAIN_"

// PasswordEnv holds the key password when no --password-file is given.
const PasswordEnv = EnvPrefix + "PASSWORD"

// Help categories of the shared flags.
const (
	CatGlobal  = "GLOBAL"
	CatAccount = "ACCOUNT"
	CatLog     = "LOGGING"
)

// Env names the environment twin of a flag: Env("RPC") is SEOULCHAIN_RPC.
func Env(name string) []string { return []string{EnvPrefix + name} }

// Global flags.
var (
	RPCFlag = &cli.StringFlag{
		Name: "rpc", Usage: "JSON-RPC endpoint of a node (http://, ws:// or an IPC socket path)",
		Value: "http://127.0.0.1:8545", EnvVars: Env("RPC"), Category: CatGlobal,
	}
	JSONFlag = &cli.BoolFlag{
		Name: "json", Usage: "print machine-readable JSON instead of tables",
		EnvVars: Env("JSON"), Category: CatGlobal,
	}
	DevnetFlag = &cli.StringFlag{
		Name: "devnet", Usage: "read the RPC URL, contract addresses and the staff key from DIR/devnet.json",
		EnvVars: Env("DEVNET"), Category: CatGlobal,
	}
	RelayerFlag = &cli.StringFlag{
		Name: "relayer", Usage: "relayer URL that pays the gas of citizens' actions it relays (S-Coin payments, ballots); with --devnet the default is the devnet's; \"\" sends directly",
		EnvVars: Env("RELAYER"), Category: CatGlobal,
	}
	NoRelayerFlag = &cli.BoolFlag{
		Name: "no-relayer", Usage: "send every transaction from the sending account, which pays the gas, even where a relayer is configured",
		EnvVars: Env("NO_RELAYER"), Category: CatGlobal,
	}
	ViaCouncilFlag = &cli.BoolFlag{
		Name: "via-council", Usage: "propose the command's transaction to the city council (CityCouncil) instead of sending it: members approve it, it waits the delay, anyone executes it (seoulchain gov)",
		EnvVars: Env("VIA_COUNCIL"), Category: CatGlobal,
	}
	SaltFlag = &cli.StringFlag{
		Name: "salt", Usage: "with --via-council and gov propose: 32-byte hex `SALT` that tells an operation from an identical one (random if not given)",
		EnvVars: Env("SALT"), Category: CatGlobal,
	}
	KeystoreFlag = &cli.StringFlag{
		Name: "keystore", Usage: "geth keystore PATH (a key file, or a directory with --from) of the sending account",
		EnvVars: Env("KEYSTORE"), Category: CatAccount,
	}
	FromFlag = &cli.StringFlag{
		Name: "from", Usage: "ADDRESS of the sending account in --keystore",
		EnvVars: Env("FROM"), Category: CatAccount,
	}
	PasswordFileFlag = &cli.StringFlag{
		Name: "password-file", Usage: "FILE holding the key's password (else $" + PasswordEnv + ", else a prompt)",
		EnvVars: Env("PASSWORD_FILE"), Category: CatAccount,
	}
	LogLevelFlag = &cli.StringFlag{
		Name: "log.level", Usage: "seoulchain's log level: debug, info, warn, error (default: info for node run and devnet, warn elsewhere)",
		EnvVars: Env("LOG_LEVEL"), Category: CatLog,
	}
	GethLogLevelFlag = &cli.StringFlag{
		Name: "log.geth", Usage: "go-ethereum's own log level: trace, debug, info, warn, error (default: info for node run, error for devnet)",
		EnvVars: Env("LOG_GETH"), Category: CatLog,
	}
)

// GlobalFlags are accepted before any command.
var GlobalFlags = []cli.Flag{RPCFlag, JSONFlag, DevnetFlag, RelayerFlag, NoRelayerFlag, ViaCouncilFlag, SaltFlag, KeystoreFlag, FromFlag, PasswordFileFlag, LogLevelFlag, GethLogLevelFlag}

// Transaction flags.
var (
	DryRunFlag = &cli.BoolFlag{
		Name: "dry-run", Usage: "simulate and report, send nothing",
		EnvVars: Env("DRY_RUN"),
	}
	AddressBookFlag = &cli.StringFlag{
		Name: "addresses", Usage: "address book FILE (JSON, name to address) to read and update; with --devnet the default is devnet.json",
		EnvVars: Env("ADDRESSES"),
	}
)
