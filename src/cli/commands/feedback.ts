// feedback record | export | stats | forget: the local learning loop from the command line.
import { BulwarkError } from "../../errors.js";
import { FeedbackStore, parseFeedback } from "../../feedback/store.js";
import { bulwarkHome } from "../../home.js";
import { parseJsonRequest } from "../../scan/request.js";
import { readAll, write, type CliIo } from "../io.js";

function store(io: CliIo): FeedbackStore {
  return new FeedbackStore(bulwarkHome(io.env));
}

export async function feedbackCommand(io: CliIo, action: string, arg: string | undefined, opts: { reviewedOnly?: boolean; maxBytes: number }): Promise<number> {
  switch (action) {
    case "record": {
      const input = parseFeedback(parseJsonRequest(await readAll(io.stdin, opts.maxBytes)));
      const record = store(io).record(input);
      await write(io.stdout, `${JSON.stringify(record)}\n`);
      return 0;
    }
    case "export": {
      const { records, skipped } = store(io).read();
      for (const r of records) if (!opts.reviewedOnly || r.reviewed) await write(io.stdout, `${JSON.stringify(r)}\n`);
      if (skipped > 0) io.stderr.write(`bulwark: skipped ${skipped} unreadable feedback line(s)\n`);
      return 0;
    }
    case "stats": {
      const { records, forgotten, skipped } = store(io).read();
      const count = (key: "label" | "desired_action") => records.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r[key]]: (acc[r[key]] ?? 0) + 1 }), {});
      await write(io.stdout, `${JSON.stringify({ records: records.length, reviewed: records.filter((r) => r.reviewed).length, can_train: records.filter((r) => r.can_train).length, by_label: count("label"), by_desired_action: count("desired_action"), forgotten, skipped_lines: skipped, file: store(io).path }, null, 2)}\n`);
      return 0;
    }
    case "forget": {
      if (!arg) throw new BulwarkError("usage", "feedback forget: give the feedback id (see `bulwark feedback export`)");
      if (!store(io).forget(arg)) throw new BulwarkError("invalid_request", `feedback forget: no feedback with id ${arg}`);
      await write(io.stdout, `forgot ${arg}\n`);
      return 0;
    }
    default:
      throw new BulwarkError("usage", `feedback: expected record, export, stats or forget, got ${JSON.stringify(action)}`);
  }
}
