import Foundation
import Testing
import Yams

/// The GitHub Actions workflow the guide documents (`docs/ci/folio-shards.yml`) is valid YAML
/// and wires shards, cache and merge together as `docs/scale-out.md` says.
@Suite struct WorkflowTests {
    static let file = FolioProcess.packageRoot.appendingPathComponent("docs/ci/folio-shards.yml")

    @Test func theShardedWorkflowParsesAndHangsTogether() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        let workflow = try #require(try Yams.load(yaml: text) as? [String: Any])
        #expect(workflow["name"] as? String == "folio site (sharded)")
        let env = try #require(workflow["env"] as? [String: Any])
        let shards = try #require(env["SHARDS"] as? Int)
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        #expect(Set(jobs.keys) == ["build", "shard", "merge"])

        let shard = try #require(jobs["shard"] as? [String: Any])
        #expect(shard["needs"] as? String == "build")
        let strategy = try #require(shard["strategy"] as? [String: Any])
        let matrix = try #require(strategy["matrix"] as? [String: Any])
        #expect(matrix["shard"] as? [Int] == Array(1...shards), "the matrix names every shard once")
        let shardRuns = try Self.runs(shard)
        #expect(
            shardRuns.contains {
                $0.contains(
                    "render notes --shard ${{ matrix.shard }}/${{ env.SHARDS }} --output shard-${{ matrix.shard }}")
            })

        let merge = try #require(jobs["merge"] as? [String: Any])
        #expect(merge["needs"] as? String == "shard")
        #expect(try Self.runs(merge).contains { $0.contains("render --merge shards/shard-* --output site") })

        // Every step is either a `uses` or a `run`, and every job runs in the same container.
        for (name, job) in jobs {
            let job = try #require(job as? [String: Any], "\(name)")
            #expect(job["container"] as? String == "swift:6.3-bookworm", "\(name)")
            let steps = try #require(job["steps"] as? [[String: Any]], "\(name)")
            for step in steps {
                #expect((step["uses"] != nil) != (step["run"] != nil), "\(name): \(step)")
            }
        }
    }

    /// The `run` scripts of a job's steps.
    static func runs(_ job: [String: Any]) throws -> [String] {
        let steps = try #require(job["steps"] as? [[String: Any]])
        return steps.compactMap { $0["run"] as? String }
    }
}
