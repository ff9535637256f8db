let nats = n: { head = n; tail = nats (n + 1); }; in (nats 0).tail.tail.tail.head
