// Package records keeps the relayer's journaled work (citizens' relay requests, a
// plug-in's intake such as mileage credits) between acceptance and the job that carries it
// on chain. It is apart from the relayer so that plug-ins keep their records the same way
// without linking the HTTP server. A record names its job before the job is submitted, so a
// restart rebuilds the same job under the same ID.
package records
