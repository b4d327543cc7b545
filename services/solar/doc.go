// Package solar is neighbourhood solar power trading (issue #23): households and buildings
// with rooftop solar sell surplus power to neighbours on the same feeder instead of only to
// the utility. Per 15-minute interval and area, meter owners post orders (gasless, through
// the relayer) until gate closure; the market operator clears the book by a uniform-price
// double auction computed here (Clear, whose rule anyone can rerun from the contract's
// events) and posts it to SolarMarket, which checks it against every order; the metering
// operator posts the readings after the interval, in batches; then anyone settles, in KRW.
package solar
