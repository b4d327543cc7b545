// Package plugin is what a service sees of the relayer: the Plugin interface a service
// implements to take work in over HTTP and send it on chain (mileage credits, say), and the
// Host the relayer hands it. It is a package of its own so that a service's plug-in links
// neither the relayer's HTTP server nor its event feed, and so that the relayer itself knows
// no service: services/relayers.go lists the plug-ins the binaries run.
package plugin
