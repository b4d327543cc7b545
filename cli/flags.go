package cli

import (
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/devnet"
	"github.com/seoulchain/seoulchain/node"
	"github.com/seoulchain/seoulchain/services/escrow"
)

// EnvPrefix starts every flag's environment variable: --password-file is
// SEOULCHAIN_PASSWORD_FILE.
const EnvPrefix = "SEOULCHAIN_"

// PasswordEnv holds the key password when no --password-file is given.
const PasswordEnv = EnvPrefix + "PASSWORD"

// SignerPasswordEnv holds the signer key's password for `node run`.
const SignerPasswordEnv = EnvPrefix + "SIGNER_PASSWORD"

const (
	catGlobal  = "GLOBAL"
	catAccount = "ACCOUNT"
	catGenesis = "GENESIS"
	catNode    = "NODE"
	catP2P     = "P2P"
	catRPC     = "JSON-RPC"
	catTxPool  = "TRANSACTION POOL"
	catLog     = "LOGGING"
)

func env(name string) []string { return []string{EnvPrefix + name} }

// Global flags.
var (
	RPCFlag = &cli.StringFlag{
		Name: "rpc", Usage: "JSON-RPC endpoint of a node (http://, ws:// or an IPC socket path)",
		Value: "http://127.0.0.1:8545", EnvVars: env("RPC"), Category: catGlobal,
	}
	JSONFlag = &cli.BoolFlag{
		Name: "json", Usage: "print machine-readable JSON instead of tables",
		EnvVars: env("JSON"), Category: catGlobal,
	}
	DevnetFlag = &cli.StringFlag{
		Name: "devnet", Usage: "read the RPC URL, contract addresses and the staff key from DIR/devnet.json",
		EnvVars: env("DEVNET"), Category: catGlobal,
	}
	KeystoreFlag = &cli.StringFlag{
		Name: "keystore", Usage: "geth keystore PATH (a key file, or a directory with --from) of the sending account",
		EnvVars: env("KEYSTORE"), Category: catAccount,
	}
	FromFlag = &cli.StringFlag{
		Name: "from", Usage: "ADDRESS of the sending account in --keystore",
		EnvVars: env("FROM"), Category: catAccount,
	}
	PasswordFileFlag = &cli.StringFlag{
		Name: "password-file", Usage: "FILE holding the key's password (else $" + PasswordEnv + ", else a prompt)",
		EnvVars: env("PASSWORD_FILE"), Category: catAccount,
	}
	LogLevelFlag = &cli.StringFlag{
		Name: "log.level", Usage: "seoulchain's log level: debug, info, warn, error (default: info for node run and devnet, warn elsewhere)",
		EnvVars: env("LOG_LEVEL"), Category: catLog,
	}
	GethLogLevelFlag = &cli.StringFlag{
		Name: "log.geth", Usage: "go-ethereum's own log level: trace, debug, info, warn, error (default: info for node run, error for devnet)",
		EnvVars: env("LOG_GETH"), Category: catLog,
	}
)

// GlobalFlags are accepted before any command.
var GlobalFlags = []cli.Flag{RPCFlag, JSONFlag, DevnetFlag, KeystoreFlag, FromFlag, PasswordFileFlag, LogLevelFlag, GethLogLevelFlag}

// Genesis flags.
var (
	ChainIDFlag = &cli.Uint64Flag{
		Name: "chain-id", Usage: "chain ID; public networks' IDs are refused",
		Value: genesis.DefaultChainID, EnvVars: env("CHAIN_ID"), Category: catGenesis,
	}
	PeriodFlag = &cli.Uint64Flag{
		Name: "period", Usage: "Clique block period in seconds (at least 1)",
		Value: genesis.DefaultPeriod, EnvVars: env("PERIOD"), Category: catGenesis,
	}
	EpochFlag = &cli.Uint64Flag{
		Name: "epoch", Usage: "Clique epoch in blocks: pending signer votes reset at each checkpoint",
		Value: genesis.DefaultEpoch, EnvVars: env("EPOCH"), Category: catGenesis,
	}
	GasLimitFlag = &cli.Uint64Flag{
		Name: "gas-limit", Usage: "block gas limit",
		Value: genesis.DefaultGasLimit, EnvVars: env("GAS_LIMIT"), Category: catGenesis,
	}
	TimestampFlag = &cli.Uint64Flag{
		Name: "timestamp", Usage: "genesis timestamp in Unix seconds (default: now), for reproducible files",
		EnvVars: env("TIMESTAMP"), Category: catGenesis,
	}
	SignerAddrFlag = &cli.StringSliceFlag{
		Name: "signer", Usage: "ADDRESS of a Clique signer (repeat for each agency)",
		EnvVars: env("SIGNER"), Category: catGenesis,
	}
	AllocFlag = &cli.StringSliceFlag{
		Name: "alloc", Usage: "prefund ADDRESS=AMOUNT, the amount in ether (repeatable)",
		EnvVars: env("ALLOC"), Category: catGenesis,
	}
	SpecFlag = &cli.StringFlag{
		Name: "spec", Usage: "read the genesis spec from a JSON FILE; flags given as well override it",
		EnvVars: env("SPEC"), Category: catGenesis,
	}
	OutFlag = &cli.StringFlag{
		Name: "out", Usage: "write the genesis to FILE (- for standard output)",
		Value: "-", EnvVars: env("OUT"), Category: catGenesis,
	}
	ForceFlag = &cli.BoolFlag{
		Name: "force", Usage: "replace an existing --out file", Category: catGenesis,
	}
	GenesisFileFlag = &cli.StringFlag{
		Name: "genesis", Usage: "genesis FILE written by `seoulchain genesis new`",
		Required: true, EnvVars: env("GENESIS"), Category: catNode,
	}
)

// Node flags.
var (
	DataDirFlag = &cli.StringFlag{
		Name: "datadir", Usage: "data DIR of the node (geth's layout)",
		Required: true, EnvVars: env("DATADIR"), Category: catNode,
	}
	SignerKeyFileFlag = &cli.StringFlag{
		Name: "signer.keyfile", Usage: "geth keystore FILE of this node's Clique signer key; the node seals blocks with it",
		EnvVars: env("SIGNER_KEYFILE"), Category: catNode,
	}
	SignerPasswordFileFlag = &cli.StringFlag{
		Name: "signer.password-file", Usage: "FILE holding the signer key's password (else $" + SignerPasswordEnv + ", else a prompt)",
		EnvVars: env("SIGNER_PASSWORD_FILE"), Category: catNode,
	}
	P2PPortFlag = &cli.IntFlag{
		Name: "port", Usage: "P2P listening port",
		Value: 30303, EnvVars: env("PORT"), Category: catP2P,
	}
	P2PAddrFlag = &cli.StringFlag{
		Name: "p2p.addr", Usage: "P2P listening interface",
		Value: "0.0.0.0", EnvVars: env("P2P_ADDR"), Category: catP2P,
	}
	PeerFlag = &cli.StringSliceFlag{
		Name: "peer", Usage: "enode URL of another city node (repeatable); discovery is always off",
		EnvVars: env("PEER"), Category: catP2P,
	}
	NetRestrictFlag = &cli.StringSliceFlag{
		Name: "netrestrict", Usage: "accept inbound peers only from these CIDR ranges (default: only the --peer addresses)",
		EnvVars: env("NETRESTRICT"), Category: catP2P,
	}
	MaxPeersFlag = &cli.IntFlag{
		Name: "maxpeers", Usage: "maximum number of peers",
		Value: node.DefaultMaxPeers, EnvVars: env("MAXPEERS"), Category: catP2P,
	}
	HTTPAddrFlag = &cli.StringFlag{
		Name: "http.addr", Usage: "HTTP JSON-RPC interface (empty turns HTTP off)",
		Value: node.DefaultHTTPHost, EnvVars: env("HTTP_ADDR"), Category: catRPC,
	}
	HTTPPortFlag = &cli.IntFlag{
		Name: "http.port", Usage: "HTTP JSON-RPC port",
		Value: node.DefaultHTTPPort, EnvVars: env("HTTP_PORT"), Category: catRPC,
	}
	HTTPAPIFlag = &cli.StringSliceFlag{
		Name: "http.api", Usage: "modules served over HTTP; clique, admin, debug, miner and personal only on loopback",
		Value: cli.NewStringSlice(node.DefaultModules...), EnvVars: env("HTTP_API"), Category: catRPC,
	}
	HTTPVHostsFlag = &cli.StringSliceFlag{
		Name: "http.vhosts", Usage: "accepted Host headers (requests by IP address are always accepted)",
		Value: cli.NewStringSlice("localhost"), EnvVars: env("HTTP_VHOSTS"), Category: catRPC,
	}
	HTTPCorsFlag = &cli.StringSliceFlag{
		Name: "http.corsdomain", Usage: "browser origins allowed to call HTTP JSON-RPC",
		EnvVars: env("HTTP_CORSDOMAIN"), Category: catRPC,
	}
	WSAddrFlag = &cli.StringFlag{
		Name: "ws.addr", Usage: "WebSocket JSON-RPC interface (empty turns WebSocket off)",
		Value: node.DefaultHTTPHost, EnvVars: env("WS_ADDR"), Category: catRPC,
	}
	WSPortFlag = &cli.IntFlag{
		Name: "ws.port", Usage: "WebSocket JSON-RPC port",
		Value: node.DefaultWSPort, EnvVars: env("WS_PORT"), Category: catRPC,
	}
	WSAPIFlag = &cli.StringSliceFlag{
		Name: "ws.api", Usage: "modules served over WebSocket; clique, admin, debug, miner and personal only on loopback",
		Value: cli.NewStringSlice(node.DefaultModules...), EnvVars: env("WS_API"), Category: catRPC,
	}
	WSOriginsFlag = &cli.StringSliceFlag{
		Name: "ws.origins", Usage: "browser origins allowed to open WebSocket JSON-RPC",
		EnvVars: env("WS_ORIGINS"), Category: catRPC,
	}
	IPCPathFlag = &cli.StringFlag{
		Name: "ipcpath", Usage: "IPC socket, relative to --datadir (empty turns IPC off); IPC serves every module",
		Value: node.DefaultIPCPath, EnvVars: env("IPCPATH"), Category: catRPC,
	}
	TxPoolAccountSlotsFlag = &cli.Uint64Flag{
		Name: "txpool.accountslots", Usage: "executable transactions kept per account",
		Value: node.DefaultTxPool().AccountSlots, EnvVars: env("TXPOOL_ACCOUNTSLOTS"), Category: catTxPool,
	}
	TxPoolGlobalSlotsFlag = &cli.Uint64Flag{
		Name: "txpool.globalslots", Usage: "executable transactions kept in all",
		Value: node.DefaultTxPool().GlobalSlots, EnvVars: env("TXPOOL_GLOBALSLOTS"), Category: catTxPool,
	}
)

// Devnet flags.
var (
	DevnetDataDirFlag = &cli.StringFlag{
		Name: "datadir", Usage: "data DIR of the local network",
		Value: devnet.DefaultDataDir, EnvVars: env("DEVNET_DATADIR"), Category: catNode,
	}
	ResetFlag = &cli.BoolFlag{
		Name: "reset", Usage: "delete the devnet in --datadir and start a new chain", Category: catNode,
	}
	DevnetSignersFlag = &cli.IntFlag{
		Name: "signers", Usage: "number of signer nodes, on the first start",
		Value: devnet.DefaultSigners, EnvVars: env("DEVNET_SIGNERS"), Category: catNode,
	}
	DevnetHTTPPortFlag = &cli.IntFlag{
		Name: "http.port", Usage: "HTTP JSON-RPC port of node 1; node i uses this + 2(i-1), WebSocket one above",
		Value: devnet.DefaultHTTPPort, EnvVars: env("DEVNET_HTTP_PORT"), Category: catRPC,
	}
	DevnetP2PPortFlag = &cli.IntFlag{
		Name: "port", Usage: "P2P port of node 1; node i uses this + (i-1)",
		Value: devnet.DefaultP2PPort, EnvVars: env("DEVNET_PORT"), Category: catP2P,
	}
	DevnetRelayerPortFlag = &cli.IntFlag{
		Name: "relayer.port", Usage: "port of the relayer's API on 127.0.0.1 (0: no relayer)",
		Value: 8600, EnvVars: env("DEVNET_RELAYER_PORT"), Category: catNode,
	}
)

// Signer-vote flags.
var (
	RemoveFlag = &cli.BoolFlag{
		Name: "remove", Usage: "vote to remove the signer instead of adding it",
	}
)

// Transaction flags.
var (
	DryRunFlag = &cli.BoolFlag{
		Name: "dry-run", Usage: "simulate and report, send nothing",
		EnvVars: env("DRY_RUN"),
	}
	AddressBookFlag = &cli.StringFlag{
		Name: "addresses", Usage: "address book FILE (JSON, name to address) to read and update; with --devnet the default is devnet.json",
		EnvVars: env("ADDRESSES"),
	}
)

// KRW token flags.
var (
	ToFlag = &cli.StringFlag{
		Name: "to", Usage: "recipient ADDRESS", Required: true,
	}
	AmountFlag = &cli.StringFlag{
		Name: "amount", Usage: "AMOUNT in won, digits with optional thousands separators (1,250,000)", Required: true,
	}
	BankRefFlag = &cli.StringFlag{
		Name: "ref", Usage: "the bank's deposit REFERENCE; each is minted once", Required: true,
	}
	// WithdrawalRefFlag is not Required so that a burn given the refused --account-ref
	// hears why before hearing that --ref is missing; krwBurn requires it.
	WithdrawalRefFlag = &cli.StringFlag{
		Name: "ref", Usage: "the withdrawal CODE the bank gave you for this payout (at most 32 bytes); the bank maps it to your account",
	}
	// AccountRefFlag is kept only to refuse it with the reason: a bank account must not go
	// on chain, where every node keeps it forever.
	AccountRefFlag = &cli.StringFlag{
		Name: "account-ref", Usage: "refused: a bank account must not go on chain; pass the bank's withdrawal code with --ref", Hidden: true,
	}
)

// Escrow flags.
var (
	PlanFlag = &cli.StringFlag{
		Name: "plan", Usage: "payment plan FILE (.json or .csv)",
	}
	PrimeFlag = &cli.StringFlag{
		Name: "prime", Usage: "prime contractor ADDRESS (needed for a CSV plan)",
	}
	ReasonFlag = &cli.StringFlag{
		Name: "reason", Usage: "why the share is held; the TEXT stays off chain in " + escrow.NotesFile + " beside the address book, only a salted hash goes on chain",
	}
	NonceFlag = &cli.Uint64Flag{
		Name: "nonce", Usage: "the amendment NUMBER you reviewed (escrow status ID shows it); refused if it was replaced since",
	}
	ResolveToFlag = &cli.StringFlag{
		Name: "to", Usage: "where the held share goes: payee or city",
	}
)

// Voting flags.
var (
	RollCSVFlag   = &cli.StringFlag{Name: "csv", Usage: "voters FILE: one address per line (a header 'address' is skipped)"}
	RollFileFlag  = &cli.StringFlag{Name: "roll", Usage: "roll FILE written by 'vote roll build'"}
	TitleFlag     = &cli.StringFlag{Name: "title", Usage: "the question put to the vote"}
	OptionFlag    = &cli.StringSliceFlag{Name: "option", Usage: "an OPTION on the ballot (repeat, 2 to 32)"}
	MaxChoiceFlag = &cli.UintFlag{Name: "max-choices", Usage: "how many options a ballot may choose", Value: 1}
	StartFlag     = &cli.StringFlag{Name: "start", Usage: "when voting opens: RFC 3339 time or +DURATION from now (+10m)"}
	EndFlag       = &cli.StringFlag{Name: "end", Usage: "when voting closes: RFC 3339 time or +DURATION from now (+24h)"}
	QuorumFlag    = &cli.Float64Flag{Name: "quorum", Usage: "minimum turnout in percent of the roll (0: none)"}
	SecretFlag    = &cli.BoolFlag{Name: "secret", Usage: "secret ballots: encrypted, counted only after the end"}
	TrusteeFlag   = &cli.StringSliceFlag{Name: "trustee", Usage: "a trustee's public KEY (hex, from 'vote trustee pubkey'); repeat for each"}
	ThresholdFlag = &cli.UintFlag{Name: "threshold", Usage: "how many trustees' shares rebuild the election key (secret ballots)"}
	ChoiceFlag    = &cli.UintSliceFlag{Name: "choice", Usage: "an option NUMBER to vote for (repeat up to --max-choices); options count from 0"}
	VerifyFlag    = &cli.BoolFlag{Name: "verify", Usage: "recount and compare with the posted result"}
	PostFlag      = &cli.BoolFlag{Name: "post", Usage: "post the count as the final result (election admin)"}
	OutRollFlag   = &cli.StringFlag{Name: "out", Usage: "write the roll to FILE", Value: "roll.json"}
)

// S-Coin mileage flags.
var (
	ProgramIDFlag     = &cli.UintFlag{Name: "program", Usage: "mileage program ID (see 'mileage program list')"}
	NameFlag          = &cli.StringFlag{Name: "name", Usage: "display NAME"}
	BudgetFlag        = &cli.StringFlag{Name: "budget", Usage: "the program's remaining budget in S-Coin (1 S-Coin = 1 won)"}
	ActiveFlag        = &cli.StringFlag{Name: "active", Usage: "true to let the program credit, false to stop it"}
	IssuerFlag        = &cli.StringSliceFlag{Name: "issuer", Usage: "ADDRESS of an issuing system's account allowed to credit the program (repeatable)"}
	RemoveIssuerFlag  = &cli.StringSliceFlag{Name: "remove-issuer", Usage: "ADDRESS of an issuer to remove (repeatable)"}
	CitizenFlag       = &cli.StringFlag{Name: "to", Usage: "citizen ADDRESS to credit"}
	PointsFlag        = &cli.StringFlag{Name: "amount", Usage: "AMOUNT of S-Coin (1 S-Coin = 1 won), digits with optional thousands separators"}
	RecordFlag        = &cli.StringFlag{Name: "record", Usage: "the issuing system's record ID (an unsigned integer); each record is credited once"}
	CreditCSVFlag     = &cli.StringFlag{Name: "csv", Usage: "credit every line of FILE: citizen address, amount, record ID"}
	BatchSizeFlag     = &cli.IntFlag{Name: "batch-size", Usage: "credits per transaction with --csv", Value: 500}
	MerchantFlag      = &cli.StringFlag{Name: "to", Usage: "ADDRESS of the Zero Pay merchant to pay"}
	PaymentRefFlag    = &cli.StringFlag{Name: "ref", Usage: "the order or receipt REFERENCE; a payment with the same reference is made once"}
	SettlementRefFlag = &cli.StringFlag{Name: "ref", Usage: "the settlement REFERENCE the city treasury pays KRW against; each is redeemed once"}
	NewAddressFlag    = &cli.StringFlag{Name: "to", Usage: "the citizen's new ADDRESS"}
)
