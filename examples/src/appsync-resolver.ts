import {
  AppSyncResolverEvent,
  awsDatetime,
  makeId,
  type RawAppSyncResolverEvent,
} from '@evt/appsync';

/** A to-do item as the GraphQL schema defines it (`type Todo`). */
interface Todo {
  id: string;
  owner: string;
  title: string;
  createdAt: string;
}

const todos = new Map<string, Todo>([
  [
    'todo-1',
    {
      id: 'todo-1',
      owner: 'jdoe',
      title: 'Write the AppSync example',
      createdAt: '2024-04-23T16:26:34.123Z',
    },
  ],
]);

/** The caller's user name, from a Cognito user pools or IAM caller; `null` for an API key. */
function ownerOf(event: AppSyncResolverEvent): string | null {
  const identity = event.identity;
  switch (identity?.authType) {
    case 'AMAZON_COGNITO_USER_POOLS':
      return identity.username;
    case 'AWS_IAM':
      return identity.userArn ?? null;
    default:
      return null;
  }
}

/** Resolves one field of the to-do API. */
function resolve(event: AppSyncResolverEvent): unknown {
  switch (`${event.typeName}.${event.fieldName}`) {
    case 'Query.getTodo':
      return todos.get(String(event.arguments.id)) ?? null;
    case 'Mutation.createTodo': {
      const owner = ownerOf(event);
      if (owner === null) throw new Error('Sign in to create to-dos');
      const todo: Todo = {
        id: makeId(),
        owner,
        title: String(event.arguments.title),
        createdAt: awsDatetime(),
      };
      todos.set(todo.id, todo);
      return todo;
    }
    case 'Todo.owner':
      // Batched: one event per to-do of the query, each with the to-do as its source.
      return { username: event.source.owner ?? null };
    default:
      throw new Error(`No resolver for ${event.typeName}.${event.fieldName}`);
  }
}

/**
 * A Direct Lambda resolver for a small to-do API: `Query.getTodo` and `Mutation.createTodo`
 * are invoked one event at a time, `Todo.owner` with batching on (an array of events, one
 * result each, in order). A to-do is created for the signed-in caller only.
 */
export const handler = async (
  raw: RawAppSyncResolverEvent | RawAppSyncResolverEvent[]
) => {
  if (Array.isArray(raw)) {
    return AppSyncResolverEvent.batch(raw).map(resolve);
  }
  return resolve(new AppSyncResolverEvent(raw));
};
