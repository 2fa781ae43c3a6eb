// Package tui is netvet's terminal interface: one root model that routes to
// small screens, built on Bubble Tea v2, Bubbles v2 and Lip Gloss v2.
//
// Where things are:
//
//   - root: app.go (the App: global keys, saves arriving, header, footer,
//     help screen, failure panel); nav.go (the navigation stack and the
//     screen interface every screen implements); common.go (what every screen shares, the
//     Store interface, Options); msgs.go (messages and the store commands);
//     dataset.go (the loaded data and the figures derived from it);
//     saves.go (the profile written one write at a time, and the score
//     change a saved edit makes, for the status line).
//   - screens: home.go (the candidate list); workspace.go (a network's
//     checklist) with steps.go (the content of steps 1 to 5),
//     decision.go (steps 6 and 7, make or buy and the verdict, as
//     scrolling documents) and findings.go (the filtered lists of
//     promises, interviews and evidence); compare.go (the verdict
//     comparison) with weights.go (its weights panel); notes.go (the
//     interview notes); filter.go (the / filter the lists share).
//   - forms: form.go (fields, focus, scrolling); session.go (discard
//     question, save in flight); netform.go (a network's basics);
//     profile.go (the profile and first-start setup); itemforms.go
//     (promises, the interview guide, evidence, rating notes, make-or-buy
//     estimates); fieldvalues.go (reading and writing field values).
//   - notes search: search.go (the index and the search); searchjob.go
//     (slow searches in a command); notespreview.go (the preview pane and
//     its Markdown rendering); noteshighlight.go (matches marked).
//   - $EDITOR: externaleditor.go (the round trip of an interview's notes).
//   - drawing: layout.go (every breakpoint and size); cells.go (cutting,
//     padding, wrapping text in cells); frame.go (joining header, body and
//     footer fast); styles.go (the palette and every style); keys.go (the
//     key map); text.go (every user-facing sentence).
//   - safety: sanitize.go (user text cleaned before it is shown); sgr.go
//     (only colour sequences reach the terminal).
package tui
