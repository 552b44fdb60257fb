namespace Rampart.Secrets.GitSecrets.Posix;

/// <summary>
/// The bytes a program cannot tell apart, grouped: two bytes share a class when every byte set of
/// the program holds both or neither. The newline always has a class of its own, because lines end
/// there. A DFA then computes one transition per class instead of one per byte.
/// </summary>
public sealed class ByteClasses
{
    private readonly byte[] _classOf = new byte[256];

    /// <summary>The classes of <paramref name="code"/>'s byte sets.</summary>
    public ByteClasses(Instruction[] code)
    {
        var classOf = new int[256];
        var count = 1;
        Split(classOf, ref count, ByteSet.Of('\n'));
        var seen = new HashSet<ByteSet>(ReferenceEqualityComparer.Instance);
        foreach (var instruction in code)
        {
            if (instruction.Op == Opcode.Byte && seen.Add(instruction.Bytes!))
            {
                Split(classOf, ref count, instruction.Bytes!);
            }
        }

        var renumbered = new int[count];
        Array.Fill(renumbered, -1);
        var members = new List<List<byte>>();
        for (var b = 0; b < 256; b++)
        {
            if (renumbered[classOf[b]] < 0)
            {
                renumbered[classOf[b]] = members.Count;
                members.Add([]);
            }

            _classOf[b] = (byte)renumbered[classOf[b]];
            members[_classOf[b]].Add((byte)b);
        }

        Members = [.. members.Select(list => list.ToArray())];
    }

    /// <summary>The bytes of each class, by class number.</summary>
    public IReadOnlyList<byte[]> Members { get; }

    /// <summary>The class of byte <paramref name="b"/>.</summary>
    public int Of(byte b) => _classOf[b];

    /// <summary>Splits every class that <paramref name="set"/> cuts into the part inside and the part outside.</summary>
    private static void Split(int[] classOf, ref int count, ByteSet set)
    {
        var inside = new Dictionary<int, int>();
        for (var b = 0; b < 256; b++)
        {
            if (set.Contains((byte)b))
            {
                if (!inside.TryGetValue(classOf[b], out var renamed))
                {
                    renamed = count++;
                    inside[classOf[b]] = renamed;
                }

                classOf[b] = renamed;
            }
        }
    }
}
