package genesis

// publicChainIDs are chain IDs of public networks, main and test. A city chain that reused
// one would accept transactions signed for that network (EIP-155 replay protection is by
// chain ID only) and confuse wallets that show the public network's name and assets.
var publicChainIDs = map[uint64]string{
	1:        "Ethereum mainnet",
	3:        "Ropsten",
	4:        "Rinkeby",
	5:        "Goerli",
	10:       "OP Mainnet",
	25:       "Cronos",
	56:       "BNB Smart Chain",
	61:       "Ethereum Classic",
	97:       "BNB Smart Chain testnet",
	100:      "Gnosis",
	137:      "Polygon PoS",
	250:      "Fantom",
	324:      "zkSync Era",
	1101:     "Polygon zkEVM",
	1284:     "Moonbeam",
	8217:     "Kaia (Klaytn) mainnet",
	1001:     "Kaia (Klaytn) Kairos testnet",
	8453:     "Base",
	17000:    "Holesky",
	42161:    "Arbitrum One",
	42220:    "Celo",
	43114:    "Avalanche C-Chain",
	59144:    "Linea",
	80001:    "Polygon Mumbai",
	80002:    "Polygon Amoy",
	81457:    "Blast",
	84532:    "Base Sepolia",
	421614:   "Arbitrum Sepolia",
	534352:   "Scroll",
	560048:   "Hoodi",
	7777777:  "Zora",
	11155111: "Sepolia",
	11155420: "OP Sepolia",
}

// PublicNetwork returns the name of the public network that uses chainID, if any.
func PublicNetwork(chainID uint64) (string, bool) {
	name, ok := publicChainIDs[chainID]
	return name, ok
}
