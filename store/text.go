package store

// All user-facing text of package store lives in this file so that it can be
// translated in one place. Formats take the database path first where they
// name it.

// Texts of the sentinel errors, shown only when a sentinel is printed on its
// own; the store's errors carry a sentence of their own.
const (
	errTextLocked        = "the database is open in another netvet"
	errTextNotNetvet     = "not a netvet database"
	errTextDamaged       = "the database is damaged"
	errTextReadOnly      = "the database is open read-only"
	errTextWontReplace   = "netvet does not replace that file"
	errTextNewerSchema   = "the database was written by a newer netvet"
	errTextOlderSchema   = "the database needs upgrading"
	errTextNotFound      = "not found"
	errTextDuplicateName = "a network with that name exists already"
	errTextDuplicateID   = "a network with that id exists already"
	errTextInvalid       = "invalid value"
)

// Opening, creating and upgrading the file.
const (
	msgLocked    = "%s is open in another netvet (close it and try again)"
	msgNotNetvet = "%s is not a netvet database (it was not changed)"
	msgEmptyFile = "%s is an empty file, not a netvet database (it was not changed; delete it to start afresh)"
	msgDamaged   = "%s is damaged: %v (it was not changed)"
	// Path, the first problem Check finds (and the number of others).
	msgDamagedRecord  = "%s is damaged: %v (it was not changed; run netvet check for details)"
	msgDamagedRecords = "%s is damaged: %v, and %d more problems (it was not changed; run netvet check for the list)"
	msgNewerSchema    = "%s was written by a newer netvet (schema %d, this one knows %d); please update netvet"
	msgOlderSchema    = "%s was written by an older netvet (schema %d); open it once for writing to upgrade it to schema %d"
	msgOpen           = "cannot open %s: %v"
	msgCreate         = "cannot create %s: %v"
	msgNotExist       = "%s does not exist"
	msgIsDir          = "%s is a folder, not a database file"
	// Path, the kind of file (kindFIFO…).
	msgNotRegular       = "%s is %s, not a database file"
	msgReplaced         = "%s was replaced by another program while netvet opened it; try again"
	msgClose            = "cannot close %s: %v"
	msgBackup           = "cannot back up %s before upgrading it: %v (it was not changed)"
	msgMigrate          = "cannot upgrade %s from schema %d to %d: %v (it was not changed; a copy is at %s)"
	msgMigrationStep    = "step to schema %d: %w"
	msgMigrationMissing = "the bucket %q is missing"
	msgMigrationNetwork = "the network at key %s: %w"
	msgBadMigrationList = "migration %d goes to schema %d, want %d with a function"
	msgNoHome           = "cannot find your home folder (%v); set NETVET_DB or use --db"
	msgBadPath          = "cannot use the path %s: %v"
)

// msgClipped ends a problem cut by ClipLine: the characters cut off.
const msgClipped = "… (%s more characters)"

// Kinds of files that are not regular files, for msgNotRegular.
const (
	kindFIFO    = "a named pipe"
	kindDevice  = "a device"
	kindSocket  = "a socket"
	kindSymlink = "a symbolic link"
	kindFolder  = "a folder"
	kindOther   = "not a regular file"
)

// Reasons a file is damaged, for msgDamaged.
const (
	damageMetaPage  = "its bbolt header is inconsistent"
	damageTruncated = "it is shorter than its header says, probably cut off while it was copied"
	damageVersion   = "its schema version %q is not a number"
	// The page walk (pagewalk.go), with page ids.
	damagePageOutside = "page %d lies outside the file"
	damagePageID      = "page %d says it is page %d"
	damagePageTwice   = "page %d is used twice"
	damagePageType    = "page %d has the unknown type %#x"
	damageElements    = "the elements of page %d do not fit in it"
	damageBucket      = "a bucket on page %d is cut short"
	damageOverlap     = "its pages hold more elements than a file of its size can"
	damageFreelist    = "the list of free pages on page %d is damaged"
	damageFault       = "it could not be read: %v"
)

// Reading and writing.
const (
	msgRead            = "cannot read %s: %v"
	msgWrite           = "cannot save to %s: %v"
	msgCopy            = "cannot copy %s: %v"
	msgReadOnly        = "%s is open read-only: nothing was saved"
	msgFault           = "cannot read %s: %v (it was not changed; run netvet check)"
	msgDamagedPart     = "%s is damaged: %s is missing (run netvet check)"
	msgUnreadable      = "%s is damaged: %s cannot be read (%v)"
	msgNetworkNotFound = "there is no network with id %q"
	msgChildNotFound   = "network %q has no %s with id %q"
	msgDuplicateName   = "a network named %q exists already"
	// The new name, then the stored one it counts as the same as.
	msgDuplicateNameAlike = "%q counts as the same name as the network %q, which exists already"
	msgDuplicateID        = "a network with id %q exists already"
	msgDuplicateChildID   = "the %s id %q is used twice"
	msgInvalidNetwork     = "cannot save network %q: %v"
	msgInvalidUnnamed     = "cannot save the network: %v"
	msgInvalidProfile     = "cannot save the profile: %v"
	// The network's name, the validation error.
	msgInvalidMembership  = "cannot save the membership of network %q: %v"
	msgInvalidLedgerEntry = "cannot save the ledger entry of network %q: %v"
	msgNoMembership       = "network %q has no membership yet, so it has no ledger"
	msgInvalidPlan        = "cannot save the own-network plan: %v"
	// The seat's role, the validation error.
	msgInvalidSeat      = "cannot save the seat %q of the own-network plan: %v"
	msgInvalidCandidate = "cannot save the candidate %q of the own-network plan: %v"
	msgSeatNotFound     = "the own-network plan has no seat with id %q"
	// The seat's id, the candidate's id.
	msgCandidateNotFound = "seat %q of the own-network plan has no candidate with id %q"
	msgDanglingAnswer    = "interview %q answers promise %q, which the network does not have"
	msgDanglingEvidence  = "evidence %q names interview %q, which the network does not have"
	// The ledger entry's id, the promise's id.
	msgDanglingPromiseCheck = "the promise check %q of the ledger names promise %q, which the network does not have"
	msgDanglingExpectation  = "the membership's expectations name promise %q, which the network does not have"
)

// Writing a file with WriteFile, path first.
const (
	// Path, the kind of file (kindFIFO…).
	msgTargetNotRegular = "%s is %s; netvet never writes over it (choose another file)"
	msgTargetDangling   = "%s is a symbolic link to nothing; netvet does not follow it (choose another file)"
	msgTargetIsDatabase = "%s is a database; netvet never writes over one (choose another file)"
	msgTargetForeign    = "%s is a database that netvet cannot open as its own; netvet does not write over it (choose another file)"
	msgTargetLocked     = "%s is open in another netvet; nothing was written (close it and try again)"
	msgTargetChanged    = "%s changed while netvet was writing; nothing was written (try again)"
)

// Importing.
const (
	msgImportDuplicateID   = "the import has two networks with id %q"
	msgImportDuplicateName = "the import has two networks named %q"
	// The earlier name, then the later one.
	msgImportDuplicateAlike = "the import has two networks with the same name, %q and %q"
	msgImportAmbiguous      = "the imported network %q (id %q) matches one stored network by id and another by name"
)

// Names of parts of the file, for msgDamagedPart, msgUnreadable and Check.
const (
	nounPromise   = "promise"
	nounInterview = "interview"
	nounEvidence  = "evidence"
	// nounLedger and nounCandidate name the children of schema 2.
	nounLedger    = "ledger entry"
	nounCandidate = "candidate"
	nounSeat      = "seat"
	partBucket    = "the bucket %q"
	partBucketOf  = "the bucket %q of %s"
	partNetwork   = "the network with id %q"
	partRecord    = "the record of the network at key %s"
	partChild     = "the %s at key %s of the network with id %q"
	partProfile   = "the profile"
	// partMembership names a network's membership by the network's id.
	partMembership = "the membership of the network with id %q"
	partPlan       = "the own-network plan"
	// The seat's key; the candidate's key and the seat's id; the seat's id.
	partSeat      = "the seat at key %s of the own-network plan"
	partCandidate = "the candidate at key %s of the seat with id %q"
	partSeatID    = "the seat with id %q of the own-network plan"
	labelNetwork  = "network %q (id %q)"
	// The seat's role and id.
	labelSeat = "seat %q (id %q) of the own-network plan"
)

// Problems Check reports, one sentence each.
const (
	chkStructure       = "file structure: %v"
	chkPanic           = "the file could not be read to the end: %v"
	chkRead            = "cannot read the file: %v"
	chkNoMarker        = "the meta bucket does not mark the file as netvet's"
	chkVersion         = "the schema version %q is not a number"
	chkVersionChanged  = "the schema version is %d, but the file was opened as %d"
	chkNoBucket        = "the bucket %q is missing"
	chkNoNestedBucket  = "%s: the bucket %q is missing"
	chkUndecodable     = "%s cannot be read: %v"
	chkInvalid         = "%s: %v"
	chkStrayKey        = "unexpected key %s in %s"
	chkNotIndexed      = "%s is missing from the network index"
	chkStaleIndex      = "the network index names %q, which no network has"
	chkDuplicateName   = "%s has the name of an earlier network"
	chkSameNameSince   = "%s and the network %q count as the same name since netvet compares names the way people read them (\"Strasse\" and \"Straße\"): rename one of them"
	chkDuplicateChild  = "%s: the %s id %q is used twice"
	chkChildNotIndexed = "%s: %s %q is missing from its index"
	chkStaleChildIndex = "%s: its index entry %q names nothing"
	chkStrayNotes      = "%s: the notes at key %s belong to no interview"
	// Schema 2: the ledger and the own-network plan.
	chkLedgerWithoutMembership = "%s: its ledger holds %d entries, but it has no membership"
	chkSeatNotIndexed          = "%s is missing from the seat index"
	chkStaleSeatIndex          = "the seat index names %q, which no seat has"
	chkDuplicateSeat           = "%s: the seat id is used twice"
	chkSeatsWithoutDesign      = "the own-network plan has seats but no design"
)

// What a salvage left out (Contents.LeftOut), one sentence each: what, of
// which network, and why.
const (
	leftProfile        = "the profile: %v"
	leftNetworkAt      = "the network at key %s: its record cannot be read (%v)"
	leftNetwork        = "%s: %v"
	leftDuplicateName  = "%s: it has the name of an earlier network"
	leftChild          = "the %s at key %s of %s: it cannot be read (%v)"
	leftInvalidChild   = "the %s %q of %s: %v"
	leftDuplicateChild = "the second %s with id %q of %s"
	leftNotes          = "the notes at key %s of %s (%d bytes): they belong to no interview"
	leftStrayKey       = "the unexpected key %s in %s"
	leftAnswer         = "the answer of interview %q about promise %q of %s: the network has no such promise"
	leftEvidenceLink   = "the link of evidence %q to interview %q of %s: the network has no such interview (the evidence is kept)"
	leftExpectation    = "the status on joining of promise %q of %s: the network has no such promise"
	// Schema 2: the membership, its ledger and the own-network plan.
	leftMembershipUnreadable = "the membership of %s, with its ledger: it cannot be read (%v)"
	leftOrphanLedger         = "the ledger of %s (%d entries): it belongs to no membership"
	leftPlan                 = "the own-network plan: %v"
	leftPlanUnreadable       = "the own-network plan: it cannot be read (%v)"
	leftSeatUnreadable       = "the seat at key %s of the own-network plan: it cannot be read (%v)"
	leftSeatNoDesign         = "the seats of the own-network plan: the plan has no design"
)
