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
//
// Record IDs are each recorder's own (the registry keys records by recorder and ID), so no
// recorder can claim another's ID first and have its record skipped. Odometer readings are
// facts, but one recorder must not spoil a car's odometer for good: an implausible reading
// is refused, and a wrong one can be voided (by the registry office, or replaced by its
// recorder's correction within 30 days); the report (report.go) folds the live readings
// exactly as the registry does, voided ones shown as such.
package vehicle
