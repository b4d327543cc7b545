// Package vehicle is the used-car history and EV battery lifecycle service (issue #20): the
// city's registry offices, inspection centres, dealers, insurers, repair shops, battery
// testers and recyclers append records to the VehicleRegistry, keyed by the hash of the
// car's VIN, and a buyer reads the history report (`seoulchain vehicle history VIN`, or the
// relayer's GET /v1/vehicles/{vin} for a dealer's site), rebuilt from the events and
// checked against the contract's compact state. EV battery packs carry their passport codes
// and are followed from car to second life and recycling. No owner identity goes on chain.
//
// Recorders' back offices send without gas: each batch is an ERC-2771 request signed with
// the recorder's own key and relayed (relay.go), so the registry, which trusts the city's
// forwarder, names and checks the recorder, never the relayer that paid.
package vehicle
