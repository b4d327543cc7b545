package cli

import (
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/devnet"
	"github.com/seoulchain/seoulchain/node"
)

// The platform commands' flags (genesis, node, devnet, signer); the shared ones (global
// flags, --addresses, --dry-run) are in cmdkit, each service's with its commands.

// SignerPasswordEnv holds the signer key's password for `node run`.
const SignerPasswordEnv = cmdkit.EnvPrefix + "SIGNER_PASSWORD"

const (
	catGenesis = "GENESIS"
	catNode    = "NODE"
	catP2P     = "P2P"
	catRPC     = "JSON-RPC"
	catTxPool  = "TRANSACTION POOL"
)

func env(name string) []string { return cmdkit.Env(name) }

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
	DevnetArchiveFlag = &cli.BoolFlag{
		Name: "archive", Usage: "keep every block's state on disk (a killed devnet resumes; disk grows with every block); --archive=false prunes as a node does",
		Value: true, EnvVars: env("DEVNET_ARCHIVE"), Category: catNode,
	}
	DevnetRelayerPortFlag = &cli.IntFlag{
		Name: "relayer.port", Usage: "port of the relayer's API on 127.0.0.1 (0: no relayer)",
		Value: 8600, EnvVars: env("DEVNET_RELAYER_PORT"), Category: catNode,
	}
)

// Account and devnet fund flags.
var (
	LightKDFFlag = &cli.BoolFlag{
		Name: "lightkdf", Usage: "encrypt with geth's light scrypt parameters: fast, weaker; for test keys only",
	}
	FundAmountFlag = &cli.StringFlag{
		Name: "amount", Usage: "ETH of gas to send to each address", Value: "10",
	}
	FundBalancesFlag = &cli.BoolFlag{
		Name: "balances", Usage: "print each address's balance and send nothing (after a run that stopped half-way)",
	}
	FundFileFlag = &cli.StringFlag{
		Name: "file", Usage: "also fund the addresses in FILE, one a line (# starts a comment; - reads standard input)",
	}
)

// Signer-vote flags.
var (
	RemoveFlag = &cli.BoolFlag{
		Name: "remove", Usage: "vote to remove the signer instead of adding it",
	}
)
