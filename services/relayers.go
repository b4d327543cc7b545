package services

import "github.com/seoulchain/seoulchain/relayer/plugin"

// RelayerPlugins are the plug-ins of the services that have a part in the relayer, fresh
// for each relayer (a plug-in holds its records): the seoulchain-relayer binary and the
// devnet's in-process relayer both take this list, built from All.
func RelayerPlugins() []plugin.Plugin {
	var out []plugin.Plugin
	for _, s := range All() {
		if s.Relayer != nil {
			out = append(out, s.Relayer())
		}
	}
	return out
}
